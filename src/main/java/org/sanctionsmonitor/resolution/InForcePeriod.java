package org.sanctionsmonitor.resolution;

import java.time.LocalDate;

/** A period in which a provision was in force, half-open: {@code until} is the day it lapsed, or null while in force. */
public record InForcePeriod(LocalDate from, LocalDate until, String note) {
}
