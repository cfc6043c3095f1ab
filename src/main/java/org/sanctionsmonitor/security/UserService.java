package org.sanctionsmonitor.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sanctionsmonitor.base.Storable;
import org.sanctionsmonitor.security.SignInEvent.Outcome;
import org.sanctionsmonitor.security.UserAdminException.Field;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users in the database and their management by admins. Every rule of user management lives here, not in the admin
 * view; signing in is {@link SignInProvider}'s.
 */
@Service
@Transactional(readOnly = true)
public class UserService {

    /** The same rule as the {@code app_user.username} CHECK constraint. */
    static final Pattern USERNAME = Pattern.compile("^[a-z0-9._-]{3,64}$");
    public static final int MIN_PASSWORD_LENGTH = 12;
    /** BCrypt uses only the first 72 bytes of a password; Spring Security refuses longer ones. */
    static final int MAX_PASSWORD_BYTES = 72;
    static final int MAX_DISPLAY_NAME_LENGTH = 200;

    static final String STALE = "This account was changed by someone else in the meantime. Reload the list and try again.";

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final UserSessions sessions;
    private final SignInAudit audit;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, UserSessions sessions, SignInAudit audit) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** Ends the user's open sessions, on every instance, so that a new role, a disabled account or a reset password holds at once. */
    private void endSessions(String username) {
        sessions.endEverywhere(username);
    }

    @PreAuthorize(Role.IS_ADMIN)
    public List<UserRow> list() {
        return users.findAllByOrderByUsername().stream().map(UserRow::of).toList();
    }

    /** For start-up ({@link AccountBootstrap}) only, so not public: it runs before anyone signs in. */
    boolean hasUsers() {
        return users.count() > 0;
    }

    /**
     * An admin creates an account. The username is trimmed and lower-cased, must match the database rule
     * (3–64 of a–z, 0–9, '.', '_', '-') and be unique ignoring case; the display name is required; the initial
     * password needs at least {@value #MIN_PASSWORD_LENGTH} characters.
     */
    @PreAuthorize(Role.IS_ADMIN)
    @Transactional
    public UserRow create(String username, String displayName, Role role, String initialPassword) {
        checkPassword(initialPassword);
        return UserRow.of(insert(username, displayName, initialPassword, role));
    }

    /**
     * Creates an account at start-up (demo accounts, the first admin). Package-private and not guarded: only start-up
     * code calls it, and the demo accounts' short passwords are exempt from the password rule.
     */
    @Transactional
    void createAtStartUp(String username, String displayName, String rawPassword, Role role) {
        insert(username, displayName, rawPassword, role);
    }

    /** Gives the user another role; the last enabled admin cannot be demoted. */
    @PreAuthorize(Role.IS_ADMIN)
    @Transactional
    public UserRow changeRole(long userId, long seenVersion, Role role) {
        if (role == null) {
            throw new UserAdminException(Field.ROLE, "Choose a role.");
        }
        List<AppUser> enabledAdmins = users.lockEnabledAdmins();
        AppUser user = lockSeen(userId, seenVersion);
        if (user.isEnabledAdmin() && role != Role.ADMIN && enabledAdmins.size() <= 1) {
            throw new UserAdminException(Field.ROLE, user.getUsername()
                    + " is the last enabled admin and cannot be demoted. Make someone else an admin first.");
        }
        user.changeRole(role);
        endSessions(user.getUsername());
        return UserRow.of(users.saveAndFlush(user));
    }

    /** Enables or disables sign-in; the last enabled admin cannot be disabled. */
    @PreAuthorize(Role.IS_ADMIN)
    @Transactional
    public UserRow setEnabled(long userId, long seenVersion, boolean enabled) {
        List<AppUser> enabledAdmins = users.lockEnabledAdmins();
        AppUser user = lockSeen(userId, seenVersion);
        if (!enabled && user.isEnabledAdmin() && enabledAdmins.size() <= 1) {
            throw new UserAdminException(null, user.getUsername()
                    + " is the last enabled admin and cannot be disabled. Make someone else an admin first.");
        }
        user.changeEnabled(enabled);
        if (!enabled) {
            endSessions(user.getUsername());
        }
        return UserRow.of(users.saveAndFlush(user));
    }

    /** An admin sets a new password for the user (at least {@value #MIN_PASSWORD_LENGTH} characters). */
    @PreAuthorize(Role.IS_ADMIN)
    @Transactional
    public UserRow resetPassword(long userId, long seenVersion, String newPassword) {
        checkPassword(newPassword);
        AppUser user = lockSeen(userId, seenVersion);
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        endSessions(user.getUsername());
        return UserRow.of(users.saveAndFlush(user));
    }

    /**
     * Lifts the lock that repeated wrong passwords put on the account, and forgets the failed attempts; the sign-in
     * audit records which admin did it.
     */
    @PreAuthorize(Role.IS_ADMIN)
    @Transactional
    public UserRow unlock(long userId, long seenVersion) {
        AppUser user = lockSeen(userId, seenVersion);
        user.unlock();
        AppUser unlocked = users.saveAndFlush(user);
        Authentication admin = SecurityContextHolder.getContext().getAuthentication();
        audit.record(Outcome.UNLOCKED, unlocked.getUsername(), null, SignInProvider.clientAddress(admin.getDetails()), admin.getName());
        return UserRow.of(unlocked);
    }

    private AppUser insert(String username, String displayName, String rawPassword, Role role) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new UserAdminException(Field.USERNAME,
                    "Use 3 to 64 characters: lowercase letters a–z, digits, dot, underscore or hyphen.");
        }
        String display = displayName == null ? "" : displayName.strip();
        if (display.isEmpty()) {
            throw new UserAdminException(Field.DISPLAY_NAME, "Enter the person's name.");
        }
        if (display.length() > MAX_DISPLAY_NAME_LENGTH) {
            throw new UserAdminException(Field.DISPLAY_NAME, "Use at most " + MAX_DISPLAY_NAME_LENGTH + " characters.");
        }
        if (Storable.problem(display) != null) {
            throw new UserAdminException(Field.DISPLAY_NAME, Storable.problem(display));
        }
        if (role == null) {
            throw new UserAdminException(Field.ROLE, "Choose a role.");
        }
        if (users.findByUsernameIgnoreCase(name).isPresent()) {
            throw new UserAdminException(Field.USERNAME, "The username " + name + " is already taken.");
        }
        try {
            return users.saveAndFlush(new AppUser(name, display, passwordEncoder.encode(rawPassword), role));
        } catch (DataIntegrityViolationException e) { // another admin created the same username a moment ago
            throw new UserAdminException(Field.USERNAME, "The username " + name + " is already taken.");
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserAdminException(Field.PASSWORD, "Use at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new UserAdminException(Field.PASSWORD, "Use at most " + MAX_PASSWORD_BYTES + " bytes (about 70 letters).");
        }
    }

    /** Locks the user's row and checks that it is still the version the admin saw. */
    private AppUser lockSeen(long userId, long seenVersion) {
        AppUser user = users.lockById(userId).orElseThrow(() -> new UserAdminException(null,
                "This account no longer exists. Reload the list."));
        if (user.getVersion() != seenVersion) {
            throw new UserAdminException(null, STALE);
        }
        return user;
    }
}
