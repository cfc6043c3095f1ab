package org.sanctionsmonitor.incident;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A category of incident, e.g. "Drones" or "Ship-to-ship transfers"; admins keep the list. Its code never changes, and
 * it records who changed it last.
 */
@Entity
@Table(name = "incident_category")
class Category {

    @Id
    private String code;

    private String label;
    private String description;
    private int sortOrder;
    private boolean retired;
    private String updatedBy;
    private Instant updatedAt;

    @Version
    private long version;

    protected Category() {
    }

    Category(String code) {
        this.code = code;
    }

    void apply(CategoryData data, String author, Instant when) {
        updatedBy = author;
        updatedAt = when;
        label = data.getLabel().trim();
        description = data.getDescription() == null || data.getDescription().isBlank() ? null : data.getDescription().trim();
        sortOrder = data.getSortOrder();
        retired = data.isRetired();
    }

    String getCode() {
        return code;
    }

    String getLabel() {
        return label;
    }

    long getVersion() {
        return version;
    }
}
