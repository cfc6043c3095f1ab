package org.sanctionsmonitor.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The API tokens in the database. A token is 32 random bytes (base64url, after the prefix {@code sm_}); only its
 * SHA-256 is stored. A slow password hash is not needed for 256 random bits, and a plain hash lets each request find
 * its token with one index lookup.
 */
@Component
class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int PREFIX_LENGTH = 7;

    /** What a request's token says about who is calling. */
    record Holder(long tokenId, String username, Role role, boolean enabled, Instant expiresAt, Instant revokedAt) {
    }

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "sm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    ApiTokenRow insert(long userId, String name, String token, Instant expiresAt) {
        return jdbc.sql("""
                INSERT INTO api_token (user_id, name, token_hash, token_prefix, expires_at) VALUES (:user, :name, :hash, :prefix, :expires)
                RETURNING id, name, token_prefix, created_at, expires_at, last_used_at, revoked_at
                """).param("user", userId).param("name", name).param("hash", hash(token))
                .param("prefix", token.substring(0, Math.min(PREFIX_LENGTH, token.length())))
                .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
                .query(ApiTokens::row).single();
    }

    List<ApiTokenRow> ofUser(long userId) {
        return jdbc.sql("""
                SELECT id, name, token_prefix, created_at, expires_at, last_used_at, revoked_at FROM api_token
                WHERE user_id = :user ORDER BY created_at DESC, id DESC
                """).param("user", userId).query(ApiTokens::row).list();
    }

    /** Revokes the user's own token; false when the user has no such token that is still unrevoked. */
    boolean revoke(long userId, long tokenId) {
        return jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE id = :id AND user_id = :user AND revoked_at IS NULL")
                .param("id", tokenId).param("user", userId).update() == 1;
    }

    /** The token's holder, if the token exists (whether or not it is still valid). */
    Optional<Holder> find(String token) {
        return jdbc.sql("""
                SELECT t.id, u.username, u.role, u.enabled, t.expires_at, t.revoked_at
                FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE t.token_hash = :hash
                """).param("hash", hash(token))
                .query((rs, n) -> new Holder(rs.getLong("id"), rs.getString("username"), Role.valueOf(rs.getString("role")),
                        rs.getBoolean("enabled"), instant(rs, "expires_at"), instant(rs, "revoked_at")))
                .optional();
    }

    /** Records when a token was last used, at most once a minute, so that a busy client does not write on every request. */
    void markUsed(long tokenId) {
        jdbc.sql("""
                UPDATE api_token SET last_used_at = now()
                WHERE id = :id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
                """).param("id", tokenId).update();
    }

    /** Gives the user a token with this fixed value unless it exists already (demo mode). */
    void ensure(String username, String name, String token) {
        jdbc.sql("""
                INSERT INTO api_token (user_id, name, token_hash, token_prefix)
                SELECT id, :name, :hash, :prefix FROM app_user WHERE username = :username
                ON CONFLICT (token_hash) DO NOTHING
                """).param("name", name).param("hash", hash(token)).param("prefix", token.substring(0, Math.min(PREFIX_LENGTH, token.length())))
                .param("username", username).update();
    }

    private static ApiTokenRow row(ResultSet rs, int n) throws SQLException {
        return new ApiTokenRow(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"), instant(rs, "created_at"),
                instant(rs, "expires_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
