package org.sanctionsmonitor.statement;

import java.time.Instant;
import java.util.List;

/** One saved change of an actor: who saved it when, and the name, other names and title it then had. */
public record ActorChange(String username, Instant changedAt, boolean created, String name, List<String> otherNames, String title) {

    public ActorChange {
        otherNames = List.copyOf(otherNames);
    }
}
