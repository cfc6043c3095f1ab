package org.sanctionsmonitor.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.sanctionsmonitor.base.DatabaseOutage;
import org.sanctionsmonitor.base.RateLimitedLog;
import org.sanctionsmonitor.security.SignInAttempts.AccountClaim;
import org.sanctionsmonitor.security.SignInAttempts.AddressClaim;
import org.sanctionsmonitor.security.SignInEvent.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Checks a username and password, in this order: the client address may try now (else refused and not counted),
 * the attempt is counted against the account and the lock decided (a locked account is refused without its password
 * being checked), then the password. Every attempt that reaches the account lands in the {@link SignInAudit}. When the
 * database cannot be reached the answer is {@link ServiceUnavailableException}: neither "wrong password" nor a count,
 * and one log line (at most every 10 seconds) instead of a stack trace per attempt.
 */
@Component
class SignInProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(SignInProvider.class);

    private final RateLimitedLog outages = new RateLimitedLog(log, Duration.ofSeconds(10));
    private final SignInAttempts attempts;
    private final SignInAudit audit;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    /** Compared against when no such user exists, so an unknown username takes as long as a wrong password. */
    private final String unknownUserHash;

    SignInProvider(SignInAttempts attempts, SignInAudit audit, PasswordEncoder passwordEncoder, Clock clock) {
        this.attempts = attempts;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.unknownUserHash = passwordEncoder.encode("no such user " + System.nanoTime());
    }

    /** Too many failed sign-ins from the client's address: it must wait before it may try again. */
    static class ThrottledException extends AuthenticationException {
        private final transient Duration wait;

        ThrottledException(Duration wait) {
            super("Too many failed sign-ins from this address; wait " + wait.toSeconds() + " s.");
            this.wait = wait;
        }

        Duration getWait() {
            return wait;
        }
    }

    /** The database cannot be reached: nobody can be signed in, and nothing was counted. Logged here, in one line. */
    static class ServiceUnavailableException extends AuthenticationServiceException {
        ServiceUnavailableException(Throwable cause) {
            super("The user store cannot be reached.", cause);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName().strip();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = clientAddress(authentication.getDetails());
        try {
            Instant now = clock.instant();
            AddressClaim fromAddress = attempts.claimForAddress(throttleKey(address), now);
            if (!fromAddress.allowed()) {
                throw new ThrottledException(Duration.between(now, fromAddress.blockedUntil()));
            }
            Optional<AccountClaim> claimed = UserService.USERNAME.matcher(username.toLowerCase(Locale.ROOT)).matches()
                    ? attempts.claimForAccount(username, now) : Optional.empty();
            if (claimed.isEmpty()) {
                passwordEncoder.matches(password, unknownUserHash);
                audit.record(Outcome.FAILED, username, null, address, null);
                throw new BadCredentialsException("Wrong username or password");
            }
            AccountClaim account = claimed.get();
            if (!account.allowed()) {
                audit.record(Outcome.REFUSED_LOCKED, account.username(), account.attempt(), address, null);
                throw new LockedException("The account is locked");
            }
            if (!passwordEncoder.matches(password, account.passwordHash())) {
                audit.record(account.locks() ? Outcome.LOCKED : Outcome.FAILED, account.username(), account.attempt(), address, null);
                throw account.locks() ? new LockedException("The account is now locked") : new BadCredentialsException("Wrong username or password");
            }
            if (!account.enabled()) {
                audit.record(Outcome.REFUSED_DISABLED, account.username(), account.attempt(), address, null);
                throw new DisabledException("The account is disabled");
            }
            attempts.settleAccount(account);
            attempts.settleAddress(throttleKey(address));
            audit.record(Outcome.SIGNED_IN, account.username(), account.attempt(), address, null);
            return signedIn(account, authentication);
        } catch (DataAccessException | TransactionException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw new InternalAuthenticationServiceException("Sign-in failed", e); // a bug: logged with its stack trace
            }
            outages.warn("Sign-in impossible" + (address == null ? "" : " for " + address) + ": the database cannot be reached ("
                    + RateLimitedLog.printable(DatabaseOutage.describe(e), 200) + ")");
            throw new ServiceUnavailableException(e);
        }
    }

    private static Authentication signedIn(AccountClaim account, Authentication attempt) {
        UserDetails user = User.withUsername(account.username()).password("")
                .authorities(account.role().authorities().toArray(String[]::new)).build();
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(attempt.getDetails());
        return result;
    }

    static String clientAddress(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    /**
     * The key an address is throttled under: the IPv4 address itself, or the /64 network of an IPv6 address (one
     * client usually holds a whole /64, so counting single IPv6 addresses would throttle nobody).
     */
    static String throttleKey(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (!address.contains(":") && !address.matches("\\d{1,3}(\\.\\d{1,3}){3}")) { // not an IP literal: never ask DNS
            return address.length() > 64 ? address.substring(0, 64) : address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length == 16) {
                byte[] network = Arrays.copyOf(bytes, 16);
                Arrays.fill(network, 8, 16, (byte) 0);
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            }
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return address.length() > 64 ? address.substring(0, 64) : address;
        }
    }
}
