package org.sanctionsmonitor.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/**
 * A list's filters, folded into a "Filters" panel whose summary says how many are active. It starts open on a wide
 * window and folded on a narrow one (a phone shows its first results, not a screen of filter fields); the filters
 * themselves stay in the URL as before.
 */
public class FilterPanel extends Composite<Details> {

    /** Narrower than this (CSS pixels), the panel starts folded. */
    static final int OPEN_FROM = 1024;

    final Span active = new Span();
    final FlexLayout fields = new FlexLayout();

    public FilterPanel(Component... fields) {
        this.fields.add(fields);
        this.fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        this.fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        this.fields.addClassName("filters");
        active.addClassNames("badge", "badge-info", "filter-count");
        Span title = new Span("Filters");
        Span summary = new Span(title, active);
        summary.addClassName("filter-summary");
        getContent().setSummary(summary);
        getContent().add(this.fields);
        getContent().addClassName("filter-panel");
        getContent().addAttachListener(e -> getContent().getElement().executeJs("window.smOpenWhenWide && window.smOpenWhenWide(this, $0)", OPEN_FROM));
        setActiveCount(0);
    }

    /** How many filters are set, shown on the folded panel ("3 active"). */
    public void setActiveCount(int count) {
        active.setText(count + " active");
        active.setVisible(count > 0);
    }

    public void add(Component... more) {
        fields.add(more);
    }

    public boolean isOpened() {
        return getContent().isOpened();
    }

    public void setOpened(boolean opened) {
        getContent().setOpened(opened);
    }
}
