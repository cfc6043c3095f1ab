package org.sanctionsmonitor.country;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An ISO 3166-1 country; reference data loaded by migration V2. */
@Entity
public class Country {

    @Id
    private String code;

    private String name;

    private String region;

    protected Country() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getRegion() {
        return region;
    }
}
