package org.sanctionsmonitor.security;

import java.time.Instant;

/**
 * One line of the sign-in audit.
 *
 * @param username      the username as typed (normalised); for {@link Outcome#UNLOCKED} the unlocked account
 * @param attempt       the n-th attempt on the account since its last successful sign-in; {@code null} for unknown
 *                      usernames and unlocks
 * @param clientAddress where the attempt came from (for an unlock: the admin's address)
 * @param actor         the admin who unlocked the account; {@code null} otherwise
 */
public record SignInEvent(long id, Instant occurredAt, String username, Outcome outcome, Integer attempt,
        String clientAddress, String actor) {

    public enum Outcome {
        SIGNED_IN("Signed in"),
        FAILED("Wrong username or password"),
        LOCKED("Wrong password; account locked"),
        REFUSED_LOCKED("Refused: account locked"),
        REFUSED_DISABLED("Refused: account disabled"),
        UNLOCKED("Unlocked by an admin");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
