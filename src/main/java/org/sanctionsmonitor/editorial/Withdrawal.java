package org.sanctionsmonitor.editorial;

/** What readers learn about a record that was published and then withdrawn: what it was, and why it was withdrawn. */
public record Withdrawal(String title, String reason) {
}
