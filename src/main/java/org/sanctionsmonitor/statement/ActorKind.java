package org.sanctionsmonitor.statement;

public enum ActorKind {
    PERSON, ORGANISATION, STATE_BODY, VESSEL
}
