package org.sanctionsmonitor.security;

import java.time.Instant;

/** An account as the admin screens show it; {@code version} is sent back with a change to detect concurrent edits. */
public record UserRow(long id, long version, String username, String displayName, Role role, boolean enabled,
                      Instant lockedUntil, Instant createdAt) {

    static UserRow of(AppUser user) {
        return new UserRow(user.getId(), user.getVersion(), user.getUsername(), user.getDisplayName(), user.getRole(),
                user.isEnabled(), user.getLockedUntil(), user.getCreatedAt());
    }

    /** Whether repeated wrong passwords keep the account locked at this instant. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
