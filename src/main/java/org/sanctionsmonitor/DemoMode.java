package org.sanctionsmonitor;

/** Whether this installation shows the shipped demo dataset and demo accounts. */
public record DemoMode(boolean enabled) {
}
