package org.sanctionsmonitor.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sanctionsmonitor.base.AbstractEntity;

/** A person who signs in. Passwords are stored only as hashes. */
@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity {

    private String username;
    private String displayName;
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean enabled = true;
    /** Counted by {@link SignInAttempts} in SQL; written here only while an admin holds the row lock (unlock). */
    private int failedLogins;
    private Instant lockedUntil;
    private Instant createdAt = Instant.now();

    protected AppUser() {
    }

    AppUser(String username, String displayName, String passwordHash, Role role) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
    }

    void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    void changeRole(Role role) {
        this.role = role;
    }

    void changeEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** An enabled admin: one of those of whom at least one must remain. */
    boolean isEnabledAdmin() {
        return enabled && role == Role.ADMIN;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
