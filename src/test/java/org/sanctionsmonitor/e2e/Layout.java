package org.sanctionsmonitor.e2e;

import com.microsoft.playwright.Page;
import java.util.List;

/** Measurements of a page's layout in the browser, for the phone and tablet checks. */
final class Layout {

    private Layout() {
    }

    /**
     * The visible elements (light DOM) that reach past the right edge of the viewport without a container that scrolls
     * them sideways by design: what makes a page scroll sideways or cuts it off. Each as a short CSS-like description.
     * The app layout's own content area does not count as such a container: it is the page.
     */
    @SuppressWarnings("unchecked")
    static List<String> overflowing(Page page) {
        return (List<String>) page.evaluate("""
                () => {
                  const width = document.documentElement.clientWidth;
                  const up = el => el.assignedSlot || el.parentElement || (el.getRootNode() && el.getRootNode().host) || null;
                  const scrollsSideways = el => {
                    if (el === document.body || el === document.documentElement) return false;
                    if (el.getAttribute && el.getAttribute('part') === 'content' && el.getRootNode().host
                        && el.getRootNode().host.localName === 'vaadin-app-layout') return false;
                    const x = getComputedStyle(el).overflowX;
                    return x === 'auto' || x === 'scroll' || x === 'hidden' || x === 'clip';
                  };
                  const held = el => { for (let p = up(el); p; p = up(p)) { if (scrollsSideways(p)) return true; } return false; };
                  const describe = el => el.localName + (el.id ? '#' + el.id : '')
                      + (el.classList.length ? '.' + [...el.classList].join('.') : '')
                      + ' "' + (el.textContent || '').trim().slice(0, 30) + '"';
                  const found = [];
                  for (const el of document.querySelectorAll('body *')) {
                    const r = el.getBoundingClientRect();
                    if (r.width === 0 || r.height === 0) continue;
                    const style = getComputedStyle(el);
                    if (style.visibility === 'hidden' || style.display === 'none') continue;
                    if (r.right > width + 1 && !held(el)) found.push(describe(el));
                  }
                  const layout = document.querySelector('vaadin-app-layout');
                  const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[part=content]');
                  if (document.documentElement.scrollWidth > width + 1) found.push('the page scrolls sideways');
                  if (content && content.scrollWidth > content.clientWidth + 1) found.push('the content area scrolls sideways');
                  return found;
                }""");
    }

    /** Grids whose columns do not fit their width, so that they scroll sideways: they should show cards instead. */
    @SuppressWarnings("unchecked")
    static List<String> gridsScrollingSideways(Page page) {
        return (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('vaadin-grid')].filter(g => g.offsetParent !== null)
                  .filter(g => { const t = g.shadowRoot && g.shadowRoot.querySelector('#table');
                                 return t && t.scrollWidth > t.clientWidth + 1; })
                  .map(g => 'vaadin-grid' + (g.className ? '.' + g.className.split(' ').join('.') : ''))""");
    }

    /**
     * Whether the first result of the page's list (its first grid's first row, or the first card of a result list) shows
     * in the viewport without scrolling; null when the page has no list.
     */
    static Boolean firstResultVisible(Page page) {
        Object visible = page.evaluate("""
                () => {
                  const inView = el => { const r = el.getBoundingClientRect();
                                         return r.height > 0 && r.top >= 0 && r.top + Math.min(r.height, 24) <= window.innerHeight; };
                  const grid = [...document.querySelectorAll('vaadin-grid')].find(g => g.offsetParent !== null);
                  if (grid) {
                    const row = grid.shadowRoot && grid.shadowRoot.querySelector('#items tr:not([hidden])');
                    return row ? inView(row) : null;
                  }
                  const card = document.querySelector('.result-list > :first-child');
                  return card ? inView(card) : null;
                }""");
        return (Boolean) visible;
    }
}
