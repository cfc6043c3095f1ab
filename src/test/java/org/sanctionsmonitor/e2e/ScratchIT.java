package org.sanctionsmonitor.e2e;

import org.junit.jupiter.api.Test;

class ScratchIT extends BrowserTest {
    @Test
    void scratch() {
        logIn("editor", "editor");
        for (String p : new String[] {"/incidents/1", "/incidents/new", "/countries/KP", "/timeline"}) {
            page.navigate(url(p));
            PageState.settle(page);
            page.evaluate("() => window.smAxeDetail = true");
            System.out.println("SCRATCH " + p + " " + Axe.violations(page));
        }
        page.navigate(url("/timeline"));
        PageState.settle(page);
        System.out.println("SCRATCH checkboxes " + page.evaluate("() => [...document.querySelectorAll('vaadin-checkbox')].map(c => c.label + '=' + c.checked + '/' + c.hasAttribute('checked'))"));
        System.out.println("SCRATCH tabs " + page.evaluate("() => { const t = document.querySelector('vaadin-tabs'); return t ? t.outerHTML.slice(0, 1500) + ' SHADOW ' + t.shadowRoot.innerHTML.slice(0, 1500) : 'none'; }"));
    }
}
