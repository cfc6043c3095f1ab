package org.sanctionsmonitor.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.base.FieldException;
import org.sanctionsmonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** Categories are data admins keep: added, renamed and retired in the app, and enforced by the database. */
@AppTest
@Transactional
class CategoryServiceTest {

    @Autowired
    CategoryService categories;

    @Autowired
    IncidentService incidents;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_admin_adds_a_category_and_editors_can_use_it_at_once() {
        try (SignedIn admin = SignedIn.as("admin", Role.ADMIN)) {
            categories.save(category("ARMS_BROKERING", "Arms brokering"));
        }
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            assertThat(categories.active()).extracting(CategoryOption::code).contains("ARMS_BROKERING", "SHIP_TO_SHIP", "TECHNOLOGY_TRANSFER");
            IncidentData data = IncidentTestData.valid();
            data.setCategory("ARMS_BROKERING");
            long id = incidents.save(data);
            assertThat(incidents.details(id).orElseThrow().categoryLabel()).isEqualTo("Arms brokering");
        }
    }

    @Test
    void a_retired_category_is_no_longer_offered_but_stays_on_the_incidents_that_have_it() {
        long drone;
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            IncidentData data = IncidentTestData.valid();
            data.setCategory("DRONES");
            drone = incidents.save(data);
        }
        try (SignedIn admin = SignedIn.as("admin", Role.ADMIN)) {
            CategoryData drones = CategoryData.of(categories.find("DRONES").orElseThrow());
            drones.setRetired(true);
            categories.save(drones);
        }
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            assertThat(categories.active()).extracting(CategoryOption::code).doesNotContain("DRONES");
            IncidentData kept = incidents.edit(drone).orElseThrow();
            kept.setPlace("Alabuga");
            assertThat(incidents.save(kept)).isEqualTo(drone);

            IncidentData fresh = IncidentTestData.valid();
            fresh.setCategory("DRONES");
            assertThatThrownBy(() -> incidents.save(fresh)).isInstanceOfSatisfying(FieldException.class, e -> {
                assertThat(e.field()).isEqualTo("category");
                assertThat(e.getMessage()).contains("retired");
            });
        }
    }

    @Test
    void codes_and_names_are_unique_and_well_formed() {
        try (SignedIn admin = SignedIn.as("admin", Role.ADMIN)) {
            assertThatThrownBy(() -> categories.save(category("DRONES", "Unmanned aircraft"))).isInstanceOf(FieldException.class)
                    .hasMessageContaining("exists already");
            assertThatThrownBy(() -> categories.save(category("UAV", "Drones"))).isInstanceOf(FieldException.class)
                    .hasMessageContaining("called that already");
            assertThatThrownBy(() -> categories.save(category("ship to ship", "Ships"))).isInstanceOf(ConstraintViolationException.class);
        }
    }

    @Test
    void only_admins_change_categories() {
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            assertThatThrownBy(() -> categories.save(category("NEW_ONE", "New one"))).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void the_database_refuses_an_unknown_category() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE incident SET category = 'NO_SUCH_CATEGORY' WHERE id = (SELECT min(id) FROM incident)")
                .update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    private static CategoryData category(String code, String label) {
        CategoryData data = new CategoryData();
        data.setCode(code);
        data.setLabel(label);
        return data;
    }
}
