package org.sanctionsmonitor.statement;

/** One line of the actor list. */
public record ActorRow(long id, ActorKind kind, String name, String otherNames, String countryName, String title, int statementCount) {
}
