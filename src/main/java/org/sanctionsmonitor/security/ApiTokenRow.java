package org.sanctionsmonitor.security;

import java.time.Instant;

/**
 * One of a user's API tokens as their profile page lists it: never the token itself, which is shown once when it is
 * made and kept only as a hash.
 *
 * @param prefix the token's first characters, to tell tokens apart
 */
public record ApiTokenRow(long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
        Instant revokedAt) {

    /** "active", "expired" or "revoked" at this instant. */
    public String status(Instant now) {
        if (revokedAt != null) {
            return "revoked";
        }
        return expiresAt != null && !expiresAt.isAfter(now) ? "expired" : "active";
    }
}
