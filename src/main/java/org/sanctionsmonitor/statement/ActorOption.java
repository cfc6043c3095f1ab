package org.sanctionsmonitor.statement;

/** An actor as editors pick one: "Dmitry Peskov, Kremlin spokesman". */
public record ActorOption(long id, String label) {
}
