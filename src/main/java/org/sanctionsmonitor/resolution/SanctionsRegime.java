package org.sanctionsmonitor.resolution;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.sanctionsmonitor.base.AbstractEntity;

/** A sanctions regime, e.g. the DPRK regime overseen by the 1718 Committee. */
@Entity
@Table(name = "sanctions_regime")
public class SanctionsRegime extends AbstractEntity {

    private String code;
    private String name;
    private String description;

    protected SanctionsRegime() {
    }

    SanctionsRegime(String code, String name, String description) {
        this.code = code;
        this.name = name;
        this.description = description;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }
}
