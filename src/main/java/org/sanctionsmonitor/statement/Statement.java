package org.sanctionsmonitor.statement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.sanctionsmonitor.editorial.EditorialRecord;
import org.sanctionsmonitor.editorial.ItemType;
import org.sanctionsmonitor.country.Country;
import org.sanctionsmonitor.incident.Incident;
import org.sanctionsmonitor.source.Source;

/** Who said what, when: an allegation, a denial, a confirmation — a first-class record, not a footnote. */
@Entity
@Audited
public class Statement extends EditorialRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id")
    private Actor speaker;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_country_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Country speakerCountry;

    private LocalDate saidOn;

    @Enumerated(EnumType.STRING)
    private Stance stance;

    private String summary;
    private String quoteOriginal;
    private String quoteLanguage;
    private String quoteTranslation;
    private String attributionNote;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    private Source source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "incident_id")
    private Incident incident;

    /** Statements go through review as one kind of record. */
    public static final ItemType TYPE = new ItemType("STATEMENT", "Statement");

    Statement() {
    }

    void apply(StatementData data, Actor speaker, Country country, Source source, Incident incident) {
        this.speaker = speaker;
        this.speakerCountry = country;
        this.saidOn = data.getSaidOn();
        this.stance = data.getStance();
        this.summary = data.getSummary().trim();
        this.quoteOriginal = blankToNull(data.getQuoteOriginal());
        this.quoteLanguage = quoteOriginal == null ? null : blankToNull(data.getQuoteLanguage());
        this.quoteTranslation = blankToNull(data.getQuoteTranslation());
        this.attributionNote = blankToNull(data.getAttributionNote());
        this.source = source;
        this.incident = incident;
    }

    StatementData toData() {
        StatementData data = new StatementData();
        data.setId(getId());
        data.setVersion(getVersion());
        data.setSpeakerId(speaker.getId());
        data.setSpeakerLabel(speaker.label());
        data.setSpeakerCountry(speakerCountry == null ? null : speakerCountry.getCode());
        data.setSaidOn(saidOn);
        data.setStance(stance);
        data.setSummary(summary);
        data.setQuoteOriginal(quoteOriginal);
        data.setQuoteLanguage(quoteLanguage);
        data.setQuoteTranslation(quoteTranslation);
        data.setAttributionNote(attributionNote);
        if (source != null) {
            data.setSourceId(source.getId());
            data.setSourceLabel(source.label());
        }
        if (incident != null) {
            data.setIncidentId(incident.getId());
            data.setIncidentLabel(incident.getTitle());
        }
        return data;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

}
