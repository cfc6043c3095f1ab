package org.sanctionsmonitor.review;

import org.sanctionsmonitor.base.EditorialRecord;
import org.sanctionsmonitor.incident.Incident;
import org.sanctionsmonitor.source.Source;
import org.sanctionsmonitor.statement.Statement;

/** The kinds of record that go through review. */
public enum ItemType {
    INCIDENT(Incident.class, "Incident"),
    SOURCE(Source.class, "Source"),
    STATEMENT(Statement.class, "Statement");

    private final Class<? extends EditorialRecord> entity;
    private final String label;

    ItemType(Class<? extends EditorialRecord> entity, String label) {
        this.entity = entity;
        this.label = label;
    }

    Class<? extends EditorialRecord> entity() {
        return entity;
    }

    public String label() {
        return label;
    }
}
