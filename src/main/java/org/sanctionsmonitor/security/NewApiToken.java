package org.sanctionsmonitor.security;

/** A token just made: {@code token} is shown to its owner this once and never stored. */
public record NewApiToken(ApiTokenRow row, String token) {
}
