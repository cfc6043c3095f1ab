package org.sanctionsmonitor.e2e;

import com.microsoft.playwright.Page;

/** Waiting for a Vaadin page to be still: loaded, no server round trip under way, charts drawn. */
final class PageState {

    private PageState() {
    }

    /** Waits until the page is loaded, Vaadin has no request in flight and every visible chart has drawn. */
    static void settle(Page page) {
        page.waitForLoadState();
        page.waitForFunction("""
                () => document.readyState === 'complete'
                  && (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients
                      || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))
                  && [...document.querySelectorAll('vaadin-grid')].every(g => !g.hasAttribute('loading'))
                  && [...document.querySelectorAll('sm-chart')].every(c => c.offsetParent === null || !c.option
                      || c.hasAttribute('data-rendered'))""");
    }

    /**
     * Opens a page of the app the way a reader's click on a link does (Vaadin's router, no reload), and waits for it to
     * be still: faster than loading the app again, and whatever was injected into the page (axe-core) stays.
     */
    static void go(Page page, String path) {
        page.evaluate("""
                path => { const a = document.createElement('a');
                          a.setAttribute('href', path.replace(/^\\//, '')); a.setAttribute('router-link', '');
                          document.body.appendChild(a); a.click(); a.remove(); }""", path);
        page.waitForFunction("path => location.pathname + location.search === path", path);
        settle(page);
    }
}
