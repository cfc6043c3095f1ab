package org.sanctionsmonitor.security;

import org.springframework.security.access.prepost.PreAuthorize;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users in the database: sign-in, a short lock after repeated wrong passwords, and the admin's list. */
@Service
@Transactional(readOnly = true)
public class UserService implements UserDetailsService {

    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .authorities(user.getRole().authorities().toArray(String[]::new))
                .disabled(!user.isEnabled())
                .accountLocked(user.isLockedAt(clock.instant()))
                .build();
    }

    @PreAuthorize(Role.IS_ADMIN)
    public List<AppUser> list() {
        return users.findAllByOrderByUsername();
    }

    public boolean hasUsers() {
        return users.count() > 0;
    }

    /** Creates a user; only start-up code (demo accounts, the first admin) and admins call this. */
    @Transactional
    void create(String username, String displayName, String rawPassword, Role role) {
        users.save(new AppUser(username.toLowerCase(), displayName, passwordEncoder.encode(rawPassword), role));
    }

    @EventListener
    @Transactional
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsernameIgnoreCase(event.getAuthentication().getName())
                .ifPresent(user -> user.recordFailedLogin(MAX_FAILED_LOGINS, clock.instant(), LOCK_DURATION));
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        users.findByUsernameIgnoreCase(event.getAuthentication().getName()).ifPresent(AppUser::recordSuccessfulLogin);
    }
}
