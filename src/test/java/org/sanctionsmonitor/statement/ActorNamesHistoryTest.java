package org.sanctionsmonitor.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Other names are part of the actor, and every change of an actor names its editor. History is written when a
 * transaction commits, so this test commits for real and removes what it created.
 */
@AppTest
class ActorNamesHistoryTest {

    @Autowired
    ActorService actors;

    @Autowired
    JdbcClient jdbc;

    private Long created;

    @AfterEach
    void removeTheTestActor() {
        if (created != null) {
            jdbc.sql("DELETE FROM actor_aud WHERE id = :id").param("id", created).update();
            jdbc.sql("DELETE FROM actor WHERE id = :id").param("id", created).update();
        }
    }

    @Test
    void other_names_are_saved_trimmed_once_each_and_every_change_names_who_made_it() {
        ActorData kim = new ActorData();
        kim.setKind(ActorKind.PERSON);
        kim.setName("Choe Son-hui (history test)");
        kim.setCountryCode("KP");
        kim.setOtherNames(List.of(" 최선희 ", "최선희", "", "choe son-hui (history test)"));
        try (SignedIn alice = SignedIn.as("alice", Role.EDITOR)) {
            created = actors.save(kim);
        }
        ActorData more;
        try (SignedIn bob = SignedIn.as("bob", Role.EDITOR)) {
            more = actors.edit(created).orElseThrow();
            assertThat(more.getOtherNames()).containsExactly("최선희");
            more.setOtherNames(List.of("최선희", "Цой Сон Хи"));
            actors.save(more);

            List<ActorChange> changes = actors.changes(created);
            assertThat(changes).extracting(ActorChange::username).containsExactly("alice", "bob");
            assertThat(changes.getFirst().created()).isTrue();
            assertThat(changes.getLast().otherNames()).containsExactly("최선희", "Цой Сон Хи");
        }
        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            assertThat(jdbc.sql("SELECT name_keys FROM actor WHERE id = :id").param("id", created).query(String.class).single())
                    .isEqualTo("choesonhuihistorytest 최선희 цойсонхи");
        }
    }
}
