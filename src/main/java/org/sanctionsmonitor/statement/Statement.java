package org.sanctionsmonitor.statement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.sanctionsmonitor.editorial.EditorialRecord;
import org.sanctionsmonitor.editorial.ItemType;
import org.sanctionsmonitor.country.Country;
import org.sanctionsmonitor.incident.Incident;
import org.sanctionsmonitor.source.Source;
import org.sanctionsmonitor.source.TranslationMethod;

/** Who said what, when: an allegation, a denial, a confirmation — a first-class record, not a footnote. */
@Entity
@Audited
public class Statement extends EditorialRecord {

    @ManyToMany
    @JoinTable(name = "statement_speaker", joinColumns = @JoinColumn(name = "statement_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    private Set<Actor> speakers = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "statement_signatory", joinColumns = @JoinColumn(name = "statement_id"),
            inverseJoinColumns = @JoinColumn(name = "country_code"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Set<Country> signatories = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    private SaidPrecision saidPrecision = SaidPrecision.DAY;

    private LocalDate saidOn;
    private LocalDate reportedOn;

    @Enumerated(EnumType.STRING)
    private Stance stance;

    private String summary;
    private String quoteOriginal;
    private String quoteLanguage;
    private String quoteTranslation;
    private String translatedBy;

    @Enumerated(EnumType.STRING)
    private TranslationMethod translationMethod;

    private LocalDate translatedOn;
    private String translationReviewedBy;
    private LocalDate translationReviewedOn;
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

    void apply(StatementData data, Collection<Actor> speakers, Collection<Country> signatories, Source source, Incident incident) {
        replace(this.speakers, speakers);
        replace(this.signatories, signatories);
        this.saidPrecision = data.getSaidPrecision();
        this.saidOn = saidPrecision == SaidPrecision.UNDATED ? null : saidPrecision.start(data.getSaidOn());
        this.reportedOn = data.getReportedOn();
        this.stance = data.getStance();
        this.summary = data.getSummary().trim();
        this.quoteOriginal = blankToNull(data.getQuoteOriginal());
        this.quoteLanguage = quoteOriginal == null ? null : blankToNull(data.getQuoteLanguage());
        this.quoteTranslation = blankToNull(data.getQuoteTranslation());
        // Who translated and reviewed is kept as typed, also before the translation itself is entered: nothing typed
        // is lost. Pages show it only beside a translation.
        this.translatedBy = blankToNull(data.getTranslatedBy());
        this.translationMethod = quoteTranslation != null ? data.getTranslationMethod() : null;
        this.translatedOn = data.getTranslatedOn();
        this.translationReviewedBy = blankToNull(data.getTranslationReviewedBy());
        this.translationReviewedOn = data.getTranslationReviewedOn();
        this.attributionNote = blankToNull(data.getAttributionNote());
        this.source = source;
        this.incident = incident;
    }

    StatementData toData() {
        StatementData data = new StatementData();
        data.setId(getId());
        data.setVersion(getVersion());
        data.setSpeakers(speakers.stream().map(a -> new ActorOption(a.getId(), a.label()))
                .sorted(Comparator.comparing(ActorOption::label)).toList());
        data.setSignatories(signatories.stream().map(Country::getCode).sorted().toList());
        data.setSaidPrecision(saidPrecision);
        data.setSaidOn(saidOn);
        data.setReportedOn(reportedOn);
        data.setStance(stance);
        data.setSummary(summary);
        data.setQuoteOriginal(quoteOriginal);
        data.setQuoteLanguage(quoteLanguage);
        data.setQuoteTranslation(quoteTranslation);
        data.setTranslatedBy(translatedBy);
        data.setTranslationMethod(translationMethod);
        data.setTranslatedOn(translatedOn);
        data.setTranslationReviewedBy(translationReviewedBy);
        data.setTranslationReviewedOn(translationReviewedOn);
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

    /** Keeps the elements that stay, so that unchanged links are not rewritten. */
    private static <T> void replace(Set<T> current, Collection<T> wanted) {
        current.retainAll(wanted);
        current.addAll(wanted);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

}
