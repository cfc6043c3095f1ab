/*
 * Small layout and accessibility helpers for every page, loaded by MainLayout. Plain JavaScript, no build step.
 *
 * - smCards(grid, minWidth): tells the server (a bubbling `sm-cards` event, detail {cards}) whether the grid is narrower
 *   than minWidth CSS pixels, whenever that changes, so that it shows its rows as cards instead of columns.
 * - smOpenWhenWide(details, minWidth): opens a filter panel at first on a wide window and leaves it folded on a narrow one.
 * - The value button of Vaadin's select carries aria-required, which ARIA does not allow on role="button" (vaadin/web-
 *   components#7337). The button is a select-only combobox in ARIA's own terms (it shows the value and opens a listbox,
 *   with aria-haspopup="listbox" and aria-expanded), and that role allows aria-required, so it gets role="combobox".
 * - Vaadin's tabs keep their tabs in a scroller with tabindex="-1" inside the tablist, so the tablist owns a focusable
 *   element that is no tab (axe-core: aria-required-children). Nothing focuses the scroller: the attribute goes.
 */
(function () {
  window.smCards = function (grid, minWidth) {
    if (grid._smCards) {
      grid._smCards.disconnect();
    }
    let cards = null;
    const check = () => {
      const width = grid.getBoundingClientRect().width;
      if (width === 0) {
        return;
      }
      const narrow = width < minWidth;
      if (narrow !== cards) {
        cards = narrow;
        grid.toggleAttribute('cards', narrow);
        grid.dispatchEvent(new CustomEvent('sm-cards', { bubbles: true, detail: { cards: narrow } }));
      }
    };
    grid._smCards = new ResizeObserver(check);
    grid._smCards.observe(grid);
    check();
  };

  window.smOpenWhenWide = function (details, minWidth) {
    details.opened = window.matchMedia('(min-width: ' + minWidth + 'px)').matches;
  };

  const fixSelect = button => {
    if (button.getAttribute('role') !== 'combobox') {
      button.setAttribute('role', 'combobox');
    }
  };
  const fixTabs = tabs => customElements.whenDefined('vaadin-tabs').then(() => Promise.resolve(tabs.updateComplete)).then(() => {
    const scroller = tabs.shadowRoot && tabs.shadowRoot.querySelector('[part~="tabs"]');
    if (scroller) {
      scroller.removeAttribute('tabindex');
    }
  });
  const scan = root => {
    if (root.querySelectorAll) {
      root.querySelectorAll('vaadin-select-value-button').forEach(fixSelect);
      root.querySelectorAll('vaadin-tabs').forEach(fixTabs);
    }
  };
  new MutationObserver(mutations => mutations.forEach(m => {
    if (m.type === 'attributes') {
      if (m.target.localName === 'vaadin-select-value-button') {
        fixSelect(m.target);
      }
      return;
    }
    m.addedNodes.forEach(node => {
      if (node.localName === 'vaadin-select-value-button') {
        fixSelect(node);
      } else if (node.localName === 'vaadin-tabs') {
        fixTabs(node);
      } else {
        scan(node);
      }
    });
  })).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['role'] });
  scan(document);
})();
