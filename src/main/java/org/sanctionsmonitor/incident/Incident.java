package org.sanctionsmonitor.incident;

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
import java.util.ArrayList;
import java.util.List;
import org.sanctionsmonitor.base.EditorialRecord;
import org.sanctionsmonitor.country.Country;
import org.sanctionsmonitor.resolution.Provision;
import org.sanctionsmonitor.source.Source;

/** An alleged violation (or, with kind {@link IncidentKind#EVENT}, an event that gives context to them). */
@Entity
public class Incident extends EditorialRecord {

    @Enumerated(EnumType.STRING)
    private IncidentKind kind;

    private String title;
    private String summary;

    @Enumerated(EnumType.STRING)
    private IncidentCategory category;

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
    private String reviewComment;

    @ElementCollection
    @CollectionTable(name = "incident_party", joinColumns = @JoinColumn(name = "incident_id"))
    private List<Party> parties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "incident_source", joinColumns = @JoinColumn(name = "incident_id"))
    private List<SourceLink> sources = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "incident_provision", joinColumns = @JoinColumn(name = "incident_id"))
    private List<ProvisionLink> provisions = new ArrayList<>();

    protected Incident() {
    }

    public Incident(IncidentKind kind, String title, IncidentCategory category, LocalDate dateFrom, LocalDate dateTo,
            DatePrecision datePrecision, IncidentStatus status, Confidence confidence) {
        this.kind = kind;
        this.title = title;
        this.category = category;
        this.dateFrom = dateFrom;
        this.dateTo = dateTo;
        this.datePrecision = datePrecision;
        this.status = status;
        this.confidence = confidence;
    }

    public void setDescription(String summary, String place, String notes) {
        this.summary = summary;
        this.place = place;
        this.notes = notes;
    }

    public void addParty(Country country, PartyRole role) {
        parties.add(new Party(country, role));
    }

    public void addSource(Source source, String supportingQuote, String note) {
        sources.add(new SourceLink(source, supportingQuote, note));
    }

    public void addProvision(Provision provision, String rationale) {
        provisions.add(new ProvisionLink(provision, rationale));
    }

    public String getTitle() {
        return title;
    }

    public IncidentKind getKind() {
        return kind;
    }

    public LocalDate getDateFrom() {
        return dateFrom;
    }

    public LocalDate getDateTo() {
        return dateTo;
    }

    public List<Party> getParties() {
        return parties;
    }

    public List<SourceLink> getSources() {
        return sources;
    }

    public List<ProvisionLink> getProvisions() {
        return provisions;
    }

    /** A country's role in an incident. */
    @Embeddable
    public record Party(
            @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "country_code") Country country,
            @Enumerated(EnumType.STRING) PartyRole role) {
    }

    /** A source cited for an incident, with the passage that supports it. */
    @Embeddable
    public record SourceLink(
            @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "source_id") Source source,
            @Column(name = "supporting_quote") String supportingQuote,
            String note) {
    }

    /** A provision the incident allegedly breaches, and why. */
    @Embeddable
    public record ProvisionLink(
            @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "provision_id") Provision provision,
            String rationale) {
    }
}
