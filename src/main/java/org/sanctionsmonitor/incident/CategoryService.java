package org.sanctionsmonitor.incident;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sanctionsmonitor.base.FieldException;
import org.sanctionsmonitor.base.Validation;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incident categories: everyone reads them, admins add, rename, reorder and retire them. A retired category is no
 * longer offered for new incidents but stays on the incidents that have it; the database refuses unknown codes.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.IS_VIEWER)
public class CategoryService {

    private final JdbcClient jdbc;
    private final CategoryRepository categories;
    private final Validator validator;
    private final Clock clock;

    CategoryService(JdbcClient jdbc, CategoryRepository categories, Validator validator, Clock clock) {
        this.jdbc = jdbc;
        this.categories = categories;
        this.validator = validator;
        this.clock = clock;
    }

    /** Every category, in the order admins gave them. */
    public List<CategoryOption> all() {
        return jdbc.sql("SELECT code, label, description, sort_order, retired, version FROM incident_category ORDER BY sort_order, label")
                .query(CategoryOption.class).list();
    }

    /** The categories offered for new incidents. */
    public List<CategoryOption> active() {
        return all().stream().filter(category -> !category.retired()).toList();
    }

    public Optional<CategoryOption> find(String code) {
        return code == null ? Optional.empty() : all().stream().filter(c -> c.code().equals(code.trim().toUpperCase(Locale.ROOT))).findFirst();
    }

    /** Adds a category, or changes one (its code stays); refuses a code or a name another category has. */
    @PreAuthorize(Role.IS_ADMIN)
    @Transactional
    public void save(CategoryData data) {
        Validation.check(validator, data);
        Category category;
        if (data.isNew()) {
            if (categories.existsById(data.getCode())) {
                throw new FieldException("code", "A category with the code " + data.getCode() + " exists already.");
            }
            category = new Category(data.getCode());
        } else {
            category = categories.findById(data.getCode())
                    .orElseThrow(() -> new FieldException("code", "This category no longer exists."));
            if (category.getVersion() != data.getVersion()) {
                throw stale();
            }
        }
        boolean labelTaken = jdbc.sql("SELECT count(*) FROM incident_category WHERE lower(label) = lower(:label) AND code <> :code")
                .param("label", data.getLabel().trim()).param("code", data.getCode()).query(Integer.class).single() > 0;
        if (labelTaken) {
            throw new FieldException("label", "Another category is called that already.");
        }
        category.apply(data, CurrentUser.username().orElseThrow(), clock.instant());
        try {
            categories.saveAndFlush(category);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw stale();
        }
    }

    private static FieldException stale() {
        return new FieldException("label", "Another admin changed this category meanwhile. Close this form and open it again.");
    }
}
