package org.sanctionsmonitor.incident;

import org.sanctionsmonitor.base.DatePrecision;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Objects;
import java.util.function.Function;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.sanctionsmonitor.editorial.EditorialRecord;
import org.sanctionsmonitor.editorial.ItemType;
import org.sanctionsmonitor.country.Country;
import org.sanctionsmonitor.resolution.Provision;
import org.sanctionsmonitor.source.Source;

/** An alleged violation (or, with kind {@link IncidentKind#EVENT}, an event that gives context to them). */
@Entity
@Audited
public class Incident extends EditorialRecord {

    @Enumerated(EnumType.STRING)
    private IncidentKind kind;

    private String title;
    private String summary;

    /** Its history keeps the code; the name shown is the category's current one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Category category;

    private LocalDate dateFrom;
    private LocalDate dateTo;

    @Enumerated(EnumType.STRING)
    private DatePrecision datePrecision;

    private String place;
    private BigDecimal latitude;
    private BigDecimal longitude;

    @Enumerated(EnumType.STRING)
    private IncidentStatus status;

    @Enumerated(EnumType.STRING)
    private Confidence confidence;

    private String notes;

    @ElementCollection
    @CollectionTable(name = "incident_party", joinColumns = @JoinColumn(name = "incident_id"))
    private Set<Party> parties = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "incident_source", joinColumns = @JoinColumn(name = "incident_id"))
    private Set<SourceLink> sources = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "incident_provision", joinColumns = @JoinColumn(name = "incident_id"))
    private Set<ProvisionLink> provisions = new LinkedHashSet<>();

    /** Incidents and events go through review as one kind of record. */
    public static final ItemType TYPE = new ItemType("INCIDENT", "Incident");

    Incident() {
    }

    /** Takes every field and link from the editor's data; links are matched by value, so unchanged ones stay. */
    void apply(IncidentData data, Category category, Function<String, Country> countries, Function<Long, Source> sourcesById,
            Function<Long, Provision> provisionsById) {
        kind = data.getKind();
        title = data.getTitle().trim();
        summary = blankToNull(data.getSummary());
        this.category = category;
        dateFrom = data.getDateFrom();
        dateTo = data.getDateTo();
        datePrecision = data.getDatePrecision();
        place = blankToNull(data.getPlace());
        latitude = data.getLatitude();
        longitude = data.getLongitude();
        status = data.getStatus();
        confidence = data.getConfidence();
        notes = blankToNull(data.getNotes());
        replace(parties, data.getParties().stream().map(p -> new Party(countries.apply(p.countryCode()), p.role())).toList());
        replace(sources, data.getSources().stream().map(s -> new SourceLink(sourcesById.apply(s.sourceId()),
                blankToNull(s.supportingQuote()), blankToNull(s.note()))).toList());
        replace(provisions, data.getProvisions().stream().map(p -> new ProvisionLink(provisionsById.apply(p.provisionId()),
                p.rationale().trim())).toList());
    }

    /** The incident as the editor's form shows it. */
    IncidentData toData() {
        IncidentData data = new IncidentData();
        data.setId(getId());
        data.setVersion(getVersion());
        data.setKind(kind);
        data.setTitle(title);
        data.setSummary(summary);
        data.setCategory(category.getCode());
        data.setCategoryLabel(category.getLabel());
        data.setDateFrom(dateFrom);
        data.setDateTo(dateTo);
        data.setDatePrecision(datePrecision);
        data.setPlace(place);
        data.setLatitude(latitude);
        data.setLongitude(longitude);
        data.setStatus(status);
        data.setConfidence(confidence);
        data.setNotes(notes);
        data.setParties(parties.stream().map(p -> new IncidentData.PartyData(p.getCountry().getCode(), p.getRole())).toList());
        data.setProvisions(provisions.stream().map(p -> new IncidentData.ProvisionData(p.getProvision().getId(),
                p.getProvision().citation(), p.getRationale())).toList());
        data.setSources(sources.stream().map(s -> new IncidentData.SourceData(s.getSource().getId(),
                s.getSource().label(), s.getSupportingQuote(), s.getNote())).toList());
        return data;
    }

    private static <T> void replace(Set<T> current, java.util.Collection<T> wanted) {
        current.retainAll(wanted);
        current.addAll(wanted);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getTitle() {
        return title;
    }

    /** A country's role in an incident. */
    @Embeddable
    public static class Party {

        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "country_code")
        @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
        private Country country;

        @Enumerated(EnumType.STRING)
        private PartyRole role;

        protected Party() {
        }

        public Party(Country country, PartyRole role) {
            this.country = country;
            this.role = role;
        }

        public Country getCountry() {
            return country;
        }

        public PartyRole getRole() {
            return role;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Party other && Objects.equals(country.getCode(), other.country.getCode()) && role == other.role;
        }

        @Override
        public int hashCode() {
            return Objects.hash(country.getCode(), role);
        }
    }

    /** A source cited for an incident, with the passage that supports it. */
    @Embeddable
    public static class SourceLink {

        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "source_id")
        private Source source;

        @Column(name = "supporting_quote")
        private String supportingQuote;

        private String note;

        protected SourceLink() {
        }

        public SourceLink(Source source, String supportingQuote, String note) {
            this.source = source;
            this.supportingQuote = supportingQuote;
            this.note = note;
        }

        public Source getSource() {
            return source;
        }

        public String getSupportingQuote() {
            return supportingQuote;
        }

        public String getNote() {
            return note;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SourceLink other && Objects.equals(source.getId(), other.source.getId())
                    && Objects.equals(supportingQuote, other.supportingQuote) && Objects.equals(note, other.note);
        }

        @Override
        public int hashCode() {
            return Objects.hash(source.getId(), supportingQuote, note);
        }
    }

    /** A provision the incident allegedly breaches, and why. */
    @Embeddable
    public static class ProvisionLink {

        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "provision_id")
        private Provision provision;

        private String rationale;

        protected ProvisionLink() {
        }

        public ProvisionLink(Provision provision, String rationale) {
            this.provision = provision;
            this.rationale = rationale;
        }

        public Provision getProvision() {
            return provision;
        }

        public String getRationale() {
            return rationale;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ProvisionLink other && Objects.equals(provision.getId(), other.provision.getId())
                    && Objects.equals(rationale, other.rationale);
        }

        @Override
        public int hashCode() {
            return Objects.hash(provision.getId(), rationale);
        }
    }
}
