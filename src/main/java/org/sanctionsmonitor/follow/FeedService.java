package org.sanctionsmonitor.follow;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sanctionsmonitor.base.PageLocation;
import org.sanctionsmonitor.editorial.PublishedChange;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private Atom feeds of saved views, for the feed readers people already use. Feed readers cannot send headers or sign
 * in, so the feed's address carries a secret: one per reader, random (256 bits), shown once when it is made and stored
 * only as its SHA-256 hash; a presented secret is compared with that hash in constant time. Revoking the key (or making
 * a new one) stops every address that carries the old one. A feed lists the published items of its view only (the
 * latest {@value #ENTRIES}, by when their published version went live), as any reader would see them.
 */
@Service
@Transactional
public class FeedService {

    static final int ENTRIES = 50;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PageChangesRegistry pages;
    private final Readers readers;
    private final Clock clock;

    FeedService(JdbcClient jdbc, PageChangesRegistry pages, Readers readers, Clock clock) {
        this.jdbc = jdbc;
        this.pages = pages;
        this.readers = readers;
        this.clock = clock;
    }

    /** Makes the reader a new feed key, replacing (and so revoking) any earlier one; returns it, the only time it is seen. */
    @PreAuthorize(Role.IS_VIEWER)
    public String createKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                INSERT INTO feed_key (user_id, secret_hash, created_at) VALUES (:user, :hash, :now)
                ON CONFLICT (user_id) DO UPDATE SET secret_hash = :hash, created_at = :now""")
                .param("user", readers.currentOrFail()).param("hash", sha256(secret)).param("now", Timestamp.from(clock.instant()))
                .update();
        return secret;
    }

    /** Stops every feed address of the reader's. */
    @PreAuthorize(Role.IS_VIEWER)
    public void revokeKey() {
        jdbc.sql("DELETE FROM feed_key WHERE user_id = :user").param("user", readers.currentOrFail()).update();
    }

    /** When the reader's current feed key was made; empty when they have none. */
    @PreAuthorize(Role.IS_VIEWER)
    @Transactional(readOnly = true)
    public Optional<Instant> keyCreatedAt() {
        return readers.current().flatMap(reader -> jdbc.sql("SELECT created_at FROM feed_key WHERE user_id = :user")
                .param("user", reader).query((rs, n) -> rs.getTimestamp("created_at").toInstant()).optional());
    }

    /**
     * The Atom document of saved view {@code viewId}, when {@code secret} is its owner's current feed key and the owner's
     * account is enabled; empty otherwise (unknown view, wrong or revoked key: the caller answers 404 to all alike).
     * Open to anyone: the secret is the authorization. {@code baseUrl} is the app's address, for the entries' links.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<String> atom(long viewId, String secret, String baseUrl) {
        record Owner(String username, String name, PageLocation location, byte[] hash) {
        }
        Optional<Owner> owner = jdbc.sql("""
                SELECT u.username, v.name, v.path, v.query, k.secret_hash FROM saved_view v
                JOIN app_user u ON u.id = v.user_id AND u.enabled JOIN feed_key k ON k.user_id = v.user_id
                WHERE v.id = :id""").param("id", viewId)
                .query((rs, n) -> new Owner(rs.getString("username"), rs.getString("name"),
                        new PageLocation(rs.getString("path"), rs.getString("query")), rs.getBytes("secret_hash")))
                .optional();
        byte[] presented = sha256(secret == null ? "" : secret);
        // Compared in constant time, and compared even when there is nothing to compare with.
        boolean matches = MessageDigest.isEqual(presented, owner.map(Owner::hash).orElse(new byte[32])) && owner.isPresent();
        if (!matches) {
            return Optional.empty();
        }
        PageLocation location = owner.get().location();
        return pages.forLocation(location).map(page -> {
            // As a reader of published items, whatever the owner's role: a feed never carries a draft.
            List<PublishedChange> changes = CurrentUser.runAs(owner.get().username(), Role.VIEWER, () -> page.since(location, null, ENTRIES));
            return write(viewId, owner.get().name(), location, changes, baseUrl);
        });
    }

    private String write(long viewId, String name, PageLocation location, List<PublishedChange> changes, String baseUrl) {
        String root = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        Feed feed = new Feed("atom_1.0");
        feed.setId("urn:uuid:" + UUID.nameUUIDFromBytes(("sanctions-monitor saved view " + viewId).getBytes(StandardCharsets.UTF_8)));
        feed.setTitle(name + " · Sanctions Monitor");
        feed.setUpdated(Date.from(changes.isEmpty() ? clock.instant() : changes.getFirst().publishedAt()));
        Person author = new Person();
        author.setName("Sanctions Monitor");
        feed.setAuthors(List.of(author));
        Link alternate = new Link();
        alternate.setRel("alternate");
        alternate.setType("text/html");
        alternate.setHref(root + location);
        feed.setAlternateLinks(List.of(alternate));
        feed.setEntries(changes.stream().map(change -> entry(change, root)).toList());
        try {
            return new WireFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("The feed could not be written", e);
        }
    }

    /** One entry per published version: a change published later is a new entry, so feed readers show it. */
    private static Entry entry(PublishedChange change, String root) {
        Entry entry = new Entry();
        entry.setId("urn:uuid:" + UUID.nameUUIDFromBytes((change.kind() + " " + change.id() + " " + change.publishedAt().toEpochMilli())
                .getBytes(StandardCharsets.UTF_8)));
        entry.setTitle((change.isChange() ? "Changed: " : "") + change.kind() + ": " + change.title());
        entry.setUpdated(Date.from(change.publishedAt()));
        entry.setPublished(Date.from(change.firstPublishedAt() == null ? change.publishedAt() : change.firstPublishedAt()));
        Link link = new Link();
        link.setRel("alternate");
        link.setType("text/html");
        link.setHref(root + change.location());
        entry.setAlternateLinks(List.of(link));
        if (change.summary() != null && !change.summary().isBlank()) {
            Content summary = new Content();
            summary.setType(Content.TEXT); // user text stays text: feed readers never render it as markup
            summary.setValue(change.summary());
            entry.setSummary(summary);
        }
        return entry;
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
