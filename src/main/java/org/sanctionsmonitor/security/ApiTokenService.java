package org.sanctionsmonitor.security;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.sanctionsmonitor.base.FieldException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's API tokens for the read API: made, listed and revoked by their owner on the profile page. A token acts
 * with its owner's current role, so a reader's token sees what the reader sees. Nobody sees another user's tokens.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.IS_VIEWER)
public class ApiTokenService {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_TOKENS = 20;

    private final ApiTokens tokens;
    private final AppUserRepository users;
    private final Clock clock;

    ApiTokenService(ApiTokens tokens, AppUserRepository users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    /** The signed-in user's tokens, newest first. */
    public List<ApiTokenRow> mine() {
        return tokens.ofUser(currentUserId());
    }

    /**
     * Makes a token for the signed-in user, valid through {@code expiresOn} (the whole day, UTC) or until revoked when
     * that is null. The token is in the result this once; only its hash is stored.
     */
    @Transactional
    public NewApiToken create(String name, LocalDate expiresOn) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw new FieldException("name", "Name the token after where it is used, e.g. \"R scripts\".");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new FieldException("name", "Keep the name to " + MAX_NAME_LENGTH + " characters or fewer.");
        }
        if (expiresOn != null && !expiresOn.isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1))) {
            throw new FieldException("expiresOn", "Choose today or a later day, or leave it empty for a token without expiry.");
        }
        long userId = currentUserId();
        long active = tokens.ofUser(userId).stream().filter(t -> t.status(clock.instant()).equals("active")).count();
        if (active >= MAX_TOKENS) {
            throw new FieldException("name", "You have " + MAX_TOKENS + " active tokens: revoke one you no longer use first.");
        }
        String token = ApiTokens.newToken();
        ApiTokenRow row = tokens.insert(userId, trimmed, token,
                expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        return new NewApiToken(row, token);
    }

    /** Revokes one of the signed-in user's tokens at once; requests with it are refused from then on. */
    @Transactional
    public void revoke(long tokenId) {
        if (!tokens.revoke(currentUserId(), tokenId)) {
            throw new FieldException("token", "You have no such token, or it was revoked already.");
        }
    }

    private long currentUserId() {
        String username = CurrentUser.username().orElseThrow();
        return users.findByUsernameIgnoreCase(username).map(AppUser::getId)
                .orElseThrow(() -> new IllegalStateException("No account " + username));
    }
}
