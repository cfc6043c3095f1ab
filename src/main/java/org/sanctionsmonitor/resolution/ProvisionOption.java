package org.sanctionsmonitor.resolution;

/** A provision as editors pick it: "S/RES/1718 (2006) OP8(b)" with its summary. */
public record ProvisionOption(long id, String citation, String summary, Verification verification) {
}
