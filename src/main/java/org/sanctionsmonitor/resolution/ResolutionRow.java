package org.sanctionsmonitor.resolution;

import java.time.LocalDate;

/** One line of the resolution list. */
public record ResolutionRow(
        int number, String title, LocalDate adoptedOn, String regimeName, String voteText,
        int provisionCount, int unverifiedCount, int citingIncidentCount) {
}
