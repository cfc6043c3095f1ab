package org.sanctionsmonitor.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.NativeDetails;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChartCardTest {

    static final DataTable THOUSAND_ROWS = new DataTable(List.of("Month", "Violations"), IntStream.range(0, 1000)
            .mapToObj(i -> List.of(DataTable.Cell.text("m" + i), DataTable.Cell.link(i, "incidents?m=" + i))).toList());

    @Test
    void the_table_under_a_chart_is_built_only_when_a_reader_opens_it() {
        ChartCard card = new ChartCard("Violations per month", "None yet.");
        AtomicInteger built = new AtomicInteger();
        card.show(ChartOptions.bars(List.of("m0"), List.of(), false, false), false, () -> {
            built.incrementAndGet();
            return THOUSAND_ROWS;
        });

        assertThat(built).as("nothing built while the table is closed").hasValue(0);
        assertThat(card.details.getElement().getTextRecursively()).doesNotContain("m999");

        card.details.setOpen(true);
        ComponentUtil.fireEvent(card.details, new NativeDetails.ToggleEvent(card.details, true));

        assertThat(built).hasValue(1);
        assertThat(card.details.getElement().getTextRecursively()).contains("m999");
        assertThat(card.getTable().getElement().getTextRecursively()).contains("m0", "m999");
        assertThat(built).as("built once").hasValue(1);
    }

    @Test
    void new_data_shown_while_the_table_is_open_replaces_its_rows_at_once() {
        ChartCard card = new ChartCard("Violations per month", "None yet.");
        card.details.setOpen(true);
        card.show(ChartOptions.bars(List.of("m0"), List.of(), false, false), THOUSAND_ROWS);

        assertThat(card.details.getElement().getTextRecursively()).contains("m999");
    }
}
