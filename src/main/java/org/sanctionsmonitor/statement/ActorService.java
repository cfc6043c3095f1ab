package org.sanctionsmonitor.statement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.sanctionsmonitor.editorial.EditConflictException;
import org.sanctionsmonitor.base.FieldException;
import org.sanctionsmonitor.base.Sql;
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

    public List<ActorRow> list(String text, Pageable page) {
        return jdbc.sql("""
                SELECT a.id, a.kind, a.name, c.name AS country_name, a.title,
                       (SELECT count(*) FROM statement_speaker sp JOIN visible_statements(true) st ON st.id = sp.statement_id
                         WHERE sp.actor_id = a.id) AS statement_count
                FROM actor a LEFT JOIN country c ON c.code = a.country_code
                WHERE :text = '' OR a.name ILIKE :like OR a.title ILIKE :like
                ORDER BY lower(a.name), a.id LIMIT :limit OFFSET :offset
                """).param("text", text(text)).param("like", Sql.containsPattern(text(text)))
                .param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query(ActorRow.class).list();
    }

    public int count(String text) {
        return jdbc.sql("SELECT count(*) FROM actor a WHERE :text = '' OR a.name ILIKE :like OR a.title ILIKE :like")
                .param("text", text(text)).param("like", Sql.containsPattern(text(text))).query(Integer.class).single();
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
