package org.sanctionsmonitor.resolution;

/**
 * A provision as editors pick it: "S/RES/1718 (2006) OP8(b)" with its summary; the resolution number and the paragraph
 * label apart, so that {@link ProvisionSearch} can match them the ways people write them.
 */
public record ProvisionOption(long id, int resolutionNumber, String label, String citation, String summary,
        Verification verification) {
}
