package org.sanctionsmonitor.statement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
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
