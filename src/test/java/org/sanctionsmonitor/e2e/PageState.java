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
}
