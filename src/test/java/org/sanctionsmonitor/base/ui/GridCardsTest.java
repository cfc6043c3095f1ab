package org.sanctionsmonitor.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows' components are a reader's session heap: a grid builds its cards or its columns' components, never both. No
 * routes (a package without views): the app's views need Spring, and this test needs a grid only.
 */
@ViewPackages(packages = "org.sanctionsmonitor.base.ui.gridcards")
class GridCardsTest extends BrowserlessTest {

    record Row(int n) {
    }

    final AtomicInteger titles = new AtomicInteger();
    final AtomicInteger cards = new AtomicInteger();
    final Grid<Row> grid = new Grid<>();
    Grid.Column<Row> cardColumn;

    void showRows() {
        grid.addComponentColumn(row -> {
            titles.incrementAndGet();
            return new Span("Row " + row.n());
        }).setHeader("Title");
        grid.addColumn(Row::n).setHeader("Number");
        cardColumn = GridCards.enable(grid, "Rows", 760, row -> {
            cards.incrementAndGet();
            return GridCards.card(new Span("Card " + row.n()), GridCards.line("number " + row.n()));
        });
        grid.setItems(IntStream.range(0, 200).mapToObj(Row::new).toList());
        UI.getCurrent().add(grid);
        grid.getDataCommunicator().setViewportRange(0, 50);
        roundTrip();
    }

    void browserSays(boolean narrow) {
        grid.getElement().getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(grid.getElement(), "sm-cards",
                JsonMapper.shared().createObjectNode().put("event.detail.cards", narrow)));
        roundTrip();
    }

    @Test
    void a_wide_grid_builds_no_cards_for_its_rows() {
        showRows();

        assertThat(titles.get()).as("the title cells of the rows in view").isGreaterThanOrEqualTo(50);
        assertThat(cards).as("cards built while the columns show").hasValue(0);
        assertThat(cardColumn.isVisible()).isFalse();
    }

    @Test
    void a_narrow_grid_builds_cards_and_no_longer_the_hidden_columns_components() {
        showRows();
        browserSays(true);

        assertThat(cardColumn.isVisible()).isTrue();
        assertThat(cards.get()).as("a card per row in view").isGreaterThanOrEqualTo(50);
        assertThat(grid.getColumns().getFirst().isVisible()).isFalse();
        int titlesBuilt = titles.get();

        grid.getDataProvider().refreshAll();
        roundTrip();

        assertThat(cards.get()).as("the cards rebuilt for the refreshed rows").isGreaterThanOrEqualTo(100);
        assertThat(titles).as("no title cells built for hidden columns").hasValue(titlesBuilt);
    }

    @Test
    void a_grid_widened_again_shows_its_columns_with_their_components_and_builds_no_more_cards() {
        showRows();
        browserSays(true);
        browserSays(false);
        int cardsBuilt = cards.get();
        int titlesBuilt = titles.get();

        grid.getDataProvider().refreshAll();
        roundTrip();

        assertThat(cardColumn.isVisible()).isFalse();
        assertThat(grid.getColumns().getFirst().isVisible()).isTrue();
        assertThat(titles.get()).as("title cells built again").isGreaterThanOrEqualTo(titlesBuilt + 50);
        assertThat(cards).as("no cards built while the columns show").hasValue(cardsBuilt);
        assertThat(test(grid).getCellText(3, 1)).isEqualTo("3");
    }
}
