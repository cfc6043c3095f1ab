package org.sanctionsmonitor.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.editorial.EditConflictException;
import org.sanctionsmonitor.base.FieldException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@AppTest
@Transactional
@WithMockUser(username = "editor", roles = {"VIEWER", "EDITOR"})
class ActorServiceTest {

    @Autowired
    ActorService actors;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private static ActorData actor(String name, String country) {
        ActorData data = new ActorData();
        data.setName(name);
        data.setCountryCode(country);
        data.setKind(ActorKind.PERSON);
        return data;
    }

    @Test
    void an_editor_adds_an_actor_and_finds_it_in_the_list() {
        actors.save(actor("Choe Son Hui", "KP"));

        assertThat(actors.list("Choe", PageRequest.of(0, 10))).extracting(ActorRow::countryName).containsExactly("North Korea (DPRK)");
        assertThat(actors.count("Choe")).isEqualTo(1);
    }

    @Test
    void without_a_filter_every_actor_is_listed_and_offered() {
        int all = jdbc.sql("SELECT count(*) FROM actor").query(Integer.class).single();
        assertThat(actors.count("")).isEqualTo(all);
        assertThat(actors.list("", PageRequest.of(0, 500))).hasSize(all);
        assertThat(actors.list(null, PageRequest.of(0, 5))).hasSize(Math.min(5, all));
        assertThat(actors.find("", 0, 5)).hasSize(Math.min(5, all));
    }

    @Test
    void the_same_name_and_country_cannot_be_entered_twice() {
        assertThatThrownBy(() -> actors.save(actor("DMITRY PESKOV", "RU")))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void an_actor_needs_a_name() {
        assertThatThrownBy(() -> actors.save(actor(" ", "RU"))).isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void a_stale_edit_is_refused() {
        long id = actors.save(actor("Choe Son Hui", "KP"));
        ActorData first = actors.edit(id).orElseThrow();
        ActorData second = actors.edit(id).orElseThrow();
        first.setTitle("DPRK Foreign Minister");
        actors.save(first);

        second.setTitle("Foreign Minister");
        assertThatThrownBy(() -> actors.save(second)).isInstanceOf(EditConflictException.class);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_cannot_list_or_change_actors() {
        assertThatThrownBy(() -> actors.save(actor("Someone", null))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> actors.count("")).isInstanceOf(AuthorizationDeniedException.class);
    }
}
