package org.sanctionsmonitor.editorial;

/**
 * Why input would be refused, at the property the user must correct (as Bean Validation names it, e.g.
 * {@code parties[1].countryCode}, or empty for the record as a whole), in words for an editor.
 */
public record FieldProblem(String property, String message) {
}
