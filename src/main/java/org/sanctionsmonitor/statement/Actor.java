package org.sanctionsmonitor.statement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.hibernate.envers.RelationTargetAuditMode;
import org.sanctionsmonitor.base.AbstractEntity;
import org.sanctionsmonitor.country.Country;

/** Someone who makes statements: a person, an organisation, a state body (or a vessel named in reports). */
@Entity
@Audited
public class Actor extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    private ActorKind kind;

    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "country_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Country country;

    private String title;

    /** For editors only; readers see the title. */
    private String notes;

    /** Other spellings and scripts of the name (김여정, Ким Ё Чжон, Kim Yo Jong); search finds the actor by each. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> otherNames = new ArrayList<>();

    protected Actor() {
    }

    public Actor(ActorKind kind, String name, Country country, String title) {
        this.kind = kind;
        this.name = name;
        this.country = country;
        this.title = title;
    }

    void apply(ActorData data, Country country) {
        kind = data.getKind();
        name = data.getName().trim();
        this.country = country;
        title = data.getTitle() == null || data.getTitle().isBlank() ? null : data.getTitle().trim();
        notes = data.getNotes() == null || data.getNotes().isBlank() ? null : data.getNotes().trim();
        otherNames = otherNames(data.getOtherNames(), name);
    }

    /** Trimmed, each once, in the order given, without blanks or the name itself. */
    static List<String> otherNames(List<String> given, String name) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String other : given == null ? List.<String>of() : given) {
            if (other != null && !other.isBlank() && !other.strip().equalsIgnoreCase(name)) {
                names.add(other.strip());
            }
        }
        return new ArrayList<>(names);
    }

    ActorData toData() {
        ActorData data = new ActorData();
        data.setId(getId());
        data.setVersion(getVersion());
        data.setKind(kind);
        data.setName(name);
        data.setCountryCode(country == null ? null : country.getCode());
        data.setTitle(title);
        data.setNotes(notes);
        data.setOtherNames(otherNames == null ? List.of() : List.copyOf(otherNames));
        return data;
    }

    public String getName() {
        return name;
    }

    /** "Dmitry Peskov, Kremlin spokesman". */
    public String label() {
        return title == null ? name : name + ", " + title;
    }
}
