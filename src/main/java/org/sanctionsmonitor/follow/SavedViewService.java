package org.sanctionsmonitor.follow;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sanctionsmonitor.base.FieldException;
import org.sanctionsmonitor.base.PageLocation;
import org.sanctionsmonitor.editorial.PageChanges;
import org.sanctionsmonitor.editorial.PublishedChange;
import org.sanctionsmonitor.security.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reader's saved views: any page with a registered {@link PageChanges} (a filtered incident list, a timeline, a
 * dossier, …) kept under a name, with how many published items are new or changed in it since the reader last
 * opened it. Opening the view's page marks it as seen. Each reader sees and changes only their own views.
 */
@Service
@Transactional
@PreAuthorize(Role.IS_VIEWER)
public class SavedViewService {

    /** Enough for any reader; each one costs a count on every page the reader opens. */
    public static final int MAX_VIEWS = 30;
    public static final int MAX_NAME = 80;

    private final JdbcClient jdbc;
    private final PageChangesRegistry pages;
    private final Readers readers;
    private final Clock clock;

    SavedViewService(JdbcClient jdbc, PageChangesRegistry pages, Readers readers, Clock clock) {
        this.jdbc = jdbc;
        this.pages = pages;
        this.readers = readers;
        this.clock = clock;
    }

    /** A name to offer for the page at this location, when it is a page that can be saved. */
    @Transactional(readOnly = true)
    public Optional<String> suggestedName(String location) {
        PageLocation page = PageLocation.of(location);
        return pages.forLocation(page).map(p -> shorten(p.suggestedName(page)));
    }

    /** The reader's saved views, in name order, each with its count of new or changed published items. */
    @Transactional(readOnly = true)
    public List<SavedView> list() {
        Optional<Long> reader = readers.current();
        if (reader.isEmpty()) {
            return List.of();
        }
        record Stored(long id, String name, PageLocation location, Instant opened) {
        }
        List<Stored> stored = jdbc.sql("SELECT id, name, path, query, last_opened_at FROM saved_view WHERE user_id = :user"
                        + " ORDER BY lower(name), id")
                .param("user", reader.get())
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getString("name"),
                        new PageLocation(rs.getString("path"), rs.getString("query")), rs.getTimestamp("last_opened_at").toInstant()))
                .list();
        return stored.stream().map(v -> new SavedView(v.id(), v.name(), v.location().toString(), v.opened(),
                pages.forLocation(v.location()).map(p -> p.countSince(v.location(), v.opened())).orElse(0))).toList();
    }

    /** What is new or changed in one of the reader's views since they last opened it, the latest first. */
    @Transactional(readOnly = true)
    public List<PublishedChange> changes(long id, int limit) {
        return find(id).map(view -> {
            PageLocation location = PageLocation.of(view.location());
            return pages.forLocation(location).map(p -> p.since(location, view.lastOpenedAt(), limit)).orElse(List.<PublishedChange>of());
        }).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public Optional<SavedView> find(long id) {
        return list().stream().filter(v -> v.id() == id).findFirst();
    }

    /**
     * Saves the page at {@code location} under {@code name}; it starts with nothing new. Refused with a worded message
     * at the field "name" (blank, too long, taken) or "location" (a page that cannot be saved, too many views).
     */
    public long save(String name, String location) {
        long reader = readers.currentOrFail();
        String clean = checkedName(name);
        PageLocation page = PageLocation.of(location);
        if (pages.forLocation(page).isEmpty()) {
            throw new FieldException("location", "This page cannot be saved as a view.");
        }
        if (page.toString().length() > 2000) {
            throw new FieldException("location", "This view's address is too long to save.");
        }
        int count = jdbc.sql("SELECT count(*) FROM saved_view WHERE user_id = :user").param("user", reader).query(Integer.class).single();
        if (count >= MAX_VIEWS) {
            throw new FieldException("location", "You have " + MAX_VIEWS + " saved views, the most there can be. Delete one first.");
        }
        requireFreeName(reader, clean, null);
        Timestamp now = Timestamp.from(clock.instant());
        try {
            return jdbc.sql("""
                    INSERT INTO saved_view (user_id, name, path, query, created_at, last_opened_at)
                    VALUES (:user, :name, :path, :query, :now, :now) RETURNING id""")
                    .param("user", reader).param("name", clean).param("path", page.path()).param("query", page.query())
                    .param("now", now).query(Long.class).single();
        } catch (DuplicateKeyException taken) {
            throw new FieldException("name", "You already have a view named “" + clean + "”. Choose another name.");
        }
    }

    public void rename(long id, String name) {
        String clean = checkedName(name);
        requireFreeName(readers.currentOrFail(), clean, id);
        try {
            int changed = jdbc.sql("UPDATE saved_view SET name = :name WHERE id = :id AND user_id = :user")
                    .param("name", clean).param("id", id).param("user", readers.currentOrFail()).update();
            if (changed == 0) {
                throw new FieldException("name", "This view no longer exists.");
            }
        } catch (DuplicateKeyException taken) {
            throw new FieldException("name", "You already have a view named “" + clean + "”. Choose another name.");
        }
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM saved_view WHERE id = :id AND user_id = :user").param("id", id).param("user", readers.currentOrFail()).update();
    }

    /** The reader opened the page at {@code location}: every view of theirs with that location counts from now on. */
    public void opened(String location) {
        Optional<Long> reader = readers.current();
        if (reader.isEmpty()) {
            return;
        }
        PageLocation page = PageLocation.of(location);
        jdbc.sql("UPDATE saved_view SET last_opened_at = :now WHERE user_id = :user AND path = :path AND query = :query")
                .param("now", Timestamp.from(clock.instant())).param("user", reader.get())
                .param("path", page.path()).param("query", page.query()).update();
    }

    /** Checked before writing, so that a taken name is refused with words (the unique index stays the last word). */
    private void requireFreeName(long reader, String name, Long except) {
        boolean taken = jdbc.sql("SELECT EXISTS (SELECT 1 FROM saved_view WHERE user_id = :user AND lower(name) = lower(:name)"
                        + " AND id <> :except)")
                .param("user", reader).param("name", name).param("except", except == null ? -1L : except).query(Boolean.class).single();
        if (taken) {
            throw new FieldException("name", "You already have a view named “" + name + "”. Choose another name.");
        }
    }

    private static String checkedName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new FieldException("name", "Give the view a name.");
        }
        if (clean.length() > MAX_NAME) {
            throw new FieldException("name", "Up to " + MAX_NAME + " characters.");
        }
        return clean;
    }

    private static String shorten(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "…";
    }
}
