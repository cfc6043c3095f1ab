package org.sanctionsmonitor.statement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.source.SourceDetails;
import org.sanctionsmonitor.source.ui.SourcePageSection;
import org.sanctionsmonitor.statement.StatementService;
import org.sanctionsmonitor.statement.StatementView;
import org.springframework.core.annotation.Order;

/** The statements sourced to a source, on its page (after the incidents citing it). */
@org.springframework.stereotype.Component
@Order(2)
class StatementsFromSourceSection implements SourcePageSection {

    private final StatementService statements;

    StatementsFromSourceSection(StatementService statements) {
        this.statements = statements;
    }

    @Override
    public Component create(SourceDetails source) {
        List<StatementView> citing = statements.forSource(source.id());
        Div block = new Div(new H3("Statements (" + citing.size() + ")"));
        if (citing.isEmpty()) {
            block.add(Texts.empty("No statement is sourced to it."));
        }
        citing.forEach(statement -> block.add(new StatementCard(statement, true)));
        return block;
    }
}
