package org.sanctionsmonitor.statement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import org.sanctionsmonitor.base.Keyset;
import java.util.Optional;
import org.sanctionsmonitor.editorial.EditConflictException;
import org.sanctionsmonitor.base.FieldException;
import org.sanctionsmonitor.base.TextQuery;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.base.Validation;
import org.sanctionsmonitor.country.Country;
import org.sanctionsmonitor.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people, bodies and organisations who make statements; kept by editors. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.IS_EDITOR)
public class ActorService {

    private final ActorRepository actors;
    private final JdbcClient jdbc;
    private final EntityManager entityManager;
    private final Validator validator;
    private final Clock clock;

    ActorService(ActorRepository actors, JdbcClient jdbc, EntityManager entityManager, Validator validator, Clock clock) {
        this.actors = actors;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.validator = validator;
        this.clock = clock;
    }

    /** The actors whose name, other names or title match what an editor typed (all of them for a blank filter). */
    public List<ActorRow> list(String text, Pageable page) {
        SpeakerNames names = filter(text);
        return jdbc.sql("""
                SELECT a.id, a.kind, a.name, array_to_string(a.other_names, '; ') AS other_names, c.name AS country_name, a.title,
                       (SELECT count(*) FROM statement_speaker sp JOIN visible_statements(true) st ON st.id = sp.statement_id
                         WHERE sp.actor_id = a.id) AS statement_count
                FROM visible_actors(true) a LEFT JOIN country c ON c.code = a.country_code
                WHERE\s""" + names.sql() + """
                 ORDER BY lower(a.name), a.id LIMIT :limit OFFSET :offset
                """).params(names.params())
                .param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query(ActorRow.class).list();
    }

    public int count(String text) {
        SpeakerNames names = filter(text);
        return jdbc.sql("SELECT count(*) FROM visible_actors(true) a WHERE " + names.sql()).params(names.params())
                .query(Integer.class).single();
    }

    /**
     * The speakers a user may see whose names match what was typed (any spelling or script), best match first: a
     * name written exactly so, then the start of a name, then the rest by name. A blank text lists them all by name.
     * For pickers and the statement list's speaker filter.
     */
    @PreAuthorize(Role.IS_VIEWER)
    public List<ActorOption> find(String text, int offset, int limit) {
        SpeakerNames names = filter(text, true);
        return jdbc.sql("""
                SELECT a.id, a.name, a.title FROM visible_actors(:all) a WHERE\s""" + names.sql() + """
                 ORDER BY (a.name_keys = search_compact(:matchText) OR a.name_keys LIKE search_compact(:matchText) || ' %'
                           OR a.name_keys LIKE '% ' || search_compact(:matchText) || '%') DESC,
                          (a.name_keys LIKE search_compact(:matchText) || '%') DESC, lower(a.name), a.id
                 LIMIT :limit OFFSET :offset
                """).params(names.params()).param("all", CurrentUser.canSeeUnpublished()).param("matchText", text(text))
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new ActorOption(rs.getLong("id"), label(rs.getString("name"), rs.getString("title")))).list();
    }

    /** The speaker as pickers and filters name it, if the user may see it. */
    @PreAuthorize(Role.IS_VIEWER)
    public Optional<ActorOption> option(long id) {
        return jdbc.sql("SELECT a.id, a.name, a.title FROM visible_actors(:all) a WHERE a.id = :id")
                .param("id", id).param("all", CurrentUser.canSeeUnpublished())
                .query((rs, n) -> new ActorOption(rs.getLong("id"), label(rs.getString("name"), rs.getString("title")))).optional();
    }

    /**
     * A speaker's page for readers: who they are, their other names, and how many of their statements the user may
     * see claim, deny or only report, with the first and last date.
     */
    @PreAuthorize(Role.IS_VIEWER)
    public Optional<ActorProfile> profile(long id) {
        return jdbc.sql("""
                SELECT a.id, a.kind, a.name, a.other_names, a.country_code, c.name AS country_name, a.title,
                       count(st.id) FILTER (WHERE stance_side(st.stance) = 'ALLEGATION') AS allegations,
                       count(st.id) FILTER (WHERE stance_side(st.stance) = 'DENIAL') AS denials,
                       count(st.id) FILTER (WHERE stance_side(st.stance) = 'NEUTRAL') AS reports,
                       min(st.dated_on) AS first_said, max(st.dated_to) AS last_said
                FROM visible_actors(:all) a
                LEFT JOIN country c ON c.code = a.country_code
                LEFT JOIN statement_speaker sp ON sp.actor_id = a.id
                LEFT JOIN visible_statements(:all) st ON st.id = sp.statement_id
                WHERE a.id = :id
                GROUP BY a.id, a.kind, a.name, a.other_names, a.country_code, c.name, a.title
                """).param("id", id).param("all", CurrentUser.canSeeUnpublished())
                .query((rs, n) -> new ActorProfile(rs.getLong("id"), ActorKind.valueOf(rs.getString("kind")), rs.getString("name"),
                        List.of((String[]) rs.getArray("other_names").getArray()), rs.getString("country_code"),
                        rs.getString("country_name"), rs.getString("title"), rs.getInt("allegations"), rs.getInt("denials"),
                        rs.getInt("reports"), rs.getObject("first_said", java.time.LocalDate.class),
                        rs.getObject("last_said", java.time.LocalDate.class)))
                .optional();
    }

    /**
     * A page of the speakers the user may see (readers: speakers of published statements) whose names match, by name,
     * each as its page shows it; keyset on (lower(name), id), for the read API. {@code limit} at most 200.
     */
    @PreAuthorize(Role.IS_VIEWER)
    public Keyset.Page<ActorProfile> page(String text, Keyset.Cursor after, int limit) {
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("A page holds 1 to 200 speakers; asked for " + limit);
        }
        SpeakerNames names = filter(text, true);
        String where = names.sql() + (after == null ? "" : " AND (lower(a.name), a.id) > (:afterName, :afterId)");
        var query = jdbc.sql("""
                SELECT a.id, a.kind, a.name, lower(a.name) AS name_key, a.other_names, a.country_code, c.name AS country_name, a.title,
                       count(st.id) FILTER (WHERE stance_side(st.stance) = 'ALLEGATION') AS allegations,
                       count(st.id) FILTER (WHERE stance_side(st.stance) = 'DENIAL') AS denials,
                       count(st.id) FILTER (WHERE stance_side(st.stance) = 'NEUTRAL') AS reports,
                       min(st.dated_on) AS first_said, max(st.dated_to) AS last_said
                FROM (SELECT * FROM visible_actors(:all) a WHERE\s""" + where + """
                       ORDER BY lower(a.name), a.id LIMIT :limit) a
                LEFT JOIN country c ON c.code = a.country_code
                LEFT JOIN statement_speaker sp ON sp.actor_id = a.id
                LEFT JOIN visible_statements(:all) st ON st.id = sp.statement_id
                GROUP BY a.id, a.kind, a.name, a.other_names, a.country_code, c.name, a.title
                ORDER BY lower(a.name), a.id
                """).params(names.params()).param("all", CurrentUser.canSeeUnpublished()).param("limit", limit + 1);
        if (after != null) {
            query = query.param("afterName", after.value()).param("afterId", after.id());
        }
        List<String> keys = new java.util.ArrayList<>();
        List<ActorProfile> rows = query.query((rs, n) -> {
            keys.add(rs.getString("name_key"));
            return new ActorProfile(rs.getLong("id"), ActorKind.valueOf(rs.getString("kind")),
                    rs.getString("name"), List.of((String[]) rs.getArray("other_names").getArray()), rs.getString("country_code"),
                    rs.getString("country_name"), rs.getString("title"), rs.getInt("allegations"), rs.getInt("denials"), rs.getInt("reports"),
                    rs.getObject("first_said", java.time.LocalDate.class), rs.getObject("last_said", java.time.LocalDate.class));
        }).list();
        if (rows.size() <= limit) {
            return new Keyset.Page<>(rows, null);
        }
        List<ActorProfile> items = List.copyOf(rows.subList(0, limit));
        return new Keyset.Page<>(items, new Keyset.Cursor(keys.get(limit - 1), items.getLast().id()));
    }

    /** Who changed the actor and what, oldest first (actors are saved without review; Envers records each change). */
    public List<ActorChange> changes(long id) {
        return jdbc.sql("""
                SELECT r.username, to_timestamp(r.timestamp / 1000.0) AS changed_at, aa.revtype, aa.name, aa.other_names, aa.title
                FROM actor_aud aa JOIN revinfo r ON r.id = aa.rev WHERE aa.id = :id ORDER BY aa.rev
                """).param("id", id)
                .query((rs, n) -> new ActorChange(rs.getString("username"), rs.getTimestamp("changed_at").toInstant(),
                        rs.getInt("revtype") == 0, rs.getString("name"),
                        rs.getArray("other_names") == null ? List.of() : List.of((String[]) rs.getArray("other_names").getArray()),
                        rs.getString("title")))
                .list();
    }

    /** Actors by any name or title; every actor for a blank text, none for a text that is no search (e.g. "…"). */
    private static SpeakerNames filter(String text) {
        return filter(text, false);
    }

    private static SpeakerNames filter(String text, boolean namesOnly) {
        if (text == null || text.isBlank()) {
            return new SpeakerNames("TRUE", java.util.Map.of());
        }
        return TextQuery.tryParse(text).map(query -> SpeakerNames.matching(query, "a", "names", namesOnly))
                .orElse(new SpeakerNames("FALSE", java.util.Map.of()));
    }

    private static String label(String name, String title) {
        return title == null ? name : name + ", " + title;
    }

    public Optional<ActorData> edit(long id) {
        return actors.findById(id).map(Actor::toData);
    }

    /** The actor with this name (in any case) and country (none when null), for an import that names a speaker. */
    public Optional<Long> idOf(String name, String countryCode) {
        String trimmed = name == null ? "" : name.trim();
        return (countryCode == null ? actors.findFirstByNameIgnoreCaseAndCountryIsNull(trimmed)
                : actors.findFirstByNameIgnoreCaseAndCountry_Code(trimmed, countryCode)).map(Actor::getId);
    }

    /** Validates and saves; refuses a second actor with the same name and country. */
    @Transactional
    public long save(ActorData data) {
        Validation.check(validator, data);
        String name = data.getName().trim();
        (data.getCountryCode() == null ? actors.findFirstByNameIgnoreCaseAndCountryIsNull(name)
                : actors.findFirstByNameIgnoreCaseAndCountry_Code(name, data.getCountryCode()))
                .filter(other -> !other.getId().equals(data.getId()))
                .ifPresent(other -> {
                    throw new FieldException("name", "An actor with this name and country exists already.");
                });
        Actor actor;
        if (data.getId() == null) {
            actor = new Actor();
        } else {
            actor = actors.findById(data.getId()).orElseThrow(() -> new EntityNotFoundException("This actor no longer exists."));
            if (actor.getVersion() != data.getVersion()) {
                // Actors keep no author of their own; Envers records who changed them.
                throw new EditConflictException(actor.toData(), "another editor", clock.instant());
            }
        }
        actor.apply(data, data.getCountryCode() == null ? null : entityManager.getReference(Country.class, data.getCountryCode()));
        try {
            return actors.saveAndFlush(actor).getId();
        } catch (ObjectOptimisticLockingFailureException raced) {
            entityManager.clear();
            throw new EditConflictException(actors.findById(data.getId()).orElseThrow().toData(), "another editor", clock.instant());
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }
}
