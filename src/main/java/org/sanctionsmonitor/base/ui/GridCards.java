package org.sanctionsmonitor.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnPathRenderer;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A grid that shows each row as a card, in one column, when it is narrower than its columns need (a phone, a tablet
 * with the menu open): a grid never scrolls sideways. The browser measures the grid's own width
 * ({@code sm-layout.js}, {@code smCards}) and says when it crosses {@code minWidth}; the server then swaps the columns
 * for the card column. Only the shown way renders anything: while the columns show, the card column renders nothing,
 * and while the cards show, the hidden columns' components are not built (components per row are a reader's session
 * heap: the cards of 50 rows alone held about half a megabyte of every incident list).
 */
public final class GridCards {

    private GridCards() {
    }

    /** Adds the card column (hidden until the grid is narrow) built by {@code card}; returns it. */
    public static <T> Grid.Column<T> enable(Grid<T> grid, String header, int minWidth, SerializableFunction<T, Component> card) {
        List<Grid.Column<T>> columns = new ArrayList<>(grid.getColumns());
        Grid.Column<T> cards = grid.addColumn(row -> "").setHeader(header).setFlexGrow(1);
        Renderer<T> blank = cards.getRenderer();
        ComponentRenderer<Component, T> cardRenderer = new ComponentRenderer<>(row -> {
            Component c = card.apply(row);
            c.addClassName("grid-card");
            return c;
        });
        cards.setVisible(false);
        grid.addClassName("with-cards");
        Map<Grid.Column<T>, Renderer<T>> hidden = new LinkedHashMap<>();
        grid.getElement().addEventListener("sm-cards", event -> {
            boolean narrow = event.getEventData().get("event.detail.cards").asBoolean();
            if (narrow == cards.isVisible()) {
                return;
            }
            if (narrow) {
                columns.stream().filter(Grid.Column::isVisible).forEach(column -> hidden.put(column, column.getRenderer()));
                hidden.keySet().forEach(column -> {
                    column.setVisible(false);
                    if (column.getRenderer() instanceof ComponentRenderer) {
                        column.setRenderer(new ColumnPathRenderer<>("smIdle" + columns.indexOf(column), row -> ""));
                    }
                });
                cards.setRenderer(cardRenderer);
            } else {
                cards.setRenderer(blank);
                hidden.forEach((column, renderer) -> {
                    if (column.getRenderer() != renderer) {
                        column.setRenderer(renderer);
                    }
                    column.setVisible(true);
                });
                hidden.clear();
            }
            cards.setVisible(narrow);
            if (narrow) {
                grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            }
        }).addEventData("event.detail.cards");
        grid.addAttachListener(attach -> grid.getElement().executeJs("window.smCards && window.smCards(this, $0)", minWidth));
        return cards;
    }

    /** A card: its title (usually a link), then lines of small facts. */
    public static Div card(Component title, Component... lines) {
        Div card = new Div(title);
        for (Component line : lines) {
            if (line != null) {
                card.add(line);
            }
        }
        return card;
    }

    /** A line of a card: facts separated by " · ", each plain text or a component. */
    public static Div line(Object... parts) {
        Div line = new Div();
        line.addClassName("grid-card-line");
        boolean first = true;
        for (Object part : parts) {
            if (part == null || part instanceof String s && s.isBlank()) {
                continue;
            }
            if (!first) {
                line.add(new Span(" · "));
            }
            line.add(part instanceof Component component ? component : new Span(String.valueOf(part)));
            first = false;
        }
        return line;
    }
}
