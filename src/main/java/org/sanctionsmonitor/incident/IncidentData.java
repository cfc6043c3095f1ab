package org.sanctionsmonitor.incident;

import org.sanctionsmonitor.base.DatePrecision;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sanctionsmonitor.base.FieldRules;
import org.sanctionsmonitor.editorial.EditableData;

/**
 * What an editor enters for an incident. The service validates it (Bean Validation) before anything is saved, so the
 * form, an import and the API all meet the same rules; {@code version} is the version the editor started from.
 */
@FieldRules
public class IncidentData implements EditableData, FieldRules.Checked {

    /** The longest title taken (its {@code @Size} below). */
    public static final int MAX_TITLE = 300;

    private Long id;
    private long version;

    @NotNull(message = "Choose whether this is an alleged violation or an event.")
    private IncidentKind kind = IncidentKind.VIOLATION;

    @NotBlank(message = "Give the incident a title.")
    @Size(max = MAX_TITLE, message = "Keep the title to 300 characters or fewer.")
    private String title;

    @Size(max = 20000, message = "Keep the summary to 20,000 characters or fewer.")
    private String summary;

    @NotBlank(message = "Choose a category.")
    private String category;

    /** For display only: the category's name. */
    private String categoryLabel;

    @NotNull(message = "Give the first day it happened (or the first day of the month or year).")
    private LocalDate dateFrom;

    @NotNull(message = "Give the last day it happened (the same as the start for a single day).")
    private LocalDate dateTo;

    @NotNull(message = "Say how precisely the date is known.")
    private DatePrecision datePrecision = DatePrecision.DAY;

    @Size(max = 300, message = "Keep the place to 300 characters or fewer.")
    private String place;

    @DecimalMin(value = "-90", message = "Latitude lies between -90 and 90.")
    @DecimalMax(value = "90", message = "Latitude lies between -90 and 90.")
    @Digits(integer = 3, fraction = 5, message = "Give the latitude with at most 5 decimals (about a metre).")
    private BigDecimal latitude;

    @DecimalMin(value = "-180", message = "Longitude lies between -180 and 180.")
    @DecimalMax(value = "180", message = "Longitude lies between -180 and 180.")
    @Digits(integer = 3, fraction = 5, message = "Give the longitude with at most 5 decimals (about a metre).")
    private BigDecimal longitude;

    @NotNull(message = "Choose a status.")
    private IncidentStatus status = IncidentStatus.ALLEGED;

    @NotNull(message = "Choose a confidence.")
    private Confidence confidence = Confidence.MEDIUM;

    @Size(max = 20000, message = "Keep the editors' notes to 20,000 characters or fewer.")
    private String notes;

    @Valid
    private List<PartyData> parties = new ArrayList<>();

    @Valid
    private List<ProvisionData> provisions = new ArrayList<>();

    @Valid
    private List<SourceData> sources = new ArrayList<>();

    /** A country and its role. */
    public record PartyData(
            @NotNull(message = "Choose a country.") String countryCode,
            @NotNull(message = "Choose a role.") PartyRole role) {
    }

    /** A provision allegedly breached; {@code citation} is for display only. */
    public record ProvisionData(
            @NotNull(message = "Choose a provision.") Long provisionId,
            String citation,
            @NotBlank(message = "Say why this provision applies.")
            @Size(max = 4000, message = "Keep the reason the provision applies to 4,000 characters or fewer.") String rationale) {
    }

    /** A cited source; {@code title} is for display only. */
    public record SourceData(
            @NotNull(message = "Choose a source.") Long sourceId,
            String title,
            @Size(max = 10000, message = "Keep the supporting quote to 10,000 characters or fewer.") String supportingQuote,
            @Size(max = 4000, message = "Keep the note on the source to 4,000 characters or fewer.") String note) {
    }

    @Override
    public void check(FieldRules.Report report) {
        report.require("dateTo", dateFrom == null || dateTo == null || !dateTo.isBefore(dateFrom),
                "The end date cannot be before the start date.");
        report.require("longitude", (latitude == null) == (longitude == null), "Give both latitude and longitude, or neither.");
        report.require("parties", kind != IncidentKind.VIOLATION
                || parties.stream().anyMatch(p -> p.role() == PartyRole.SUPPLIER || p.role() == PartyRole.RECIPIENT),
                "An alleged violation needs at least a supplier or a recipient.");
        report.require("parties", parties.size() == new HashSet<>(parties).size(), "Each country can have each role only once.");
        report.require("parties", kind == null || parties.stream().allMatch(p -> p.role() == null || p.role().fits(kind)),
                kind == IncidentKind.EVENT
                        ? "An event names the countries it concerns: participant, host or subject — not supplier or recipient."
                        : "An alleged violation names a supplier, recipient, transit or flag state.");
        report.require("provisions", provisions.size() == provisions.stream().map(ProvisionData::provisionId).distinct().count(),
                "Each provision can be cited only once.");
        report.require("sources", sources.size() == sources.stream().map(SourceData::sourceId).distinct().count(),
                "Each source can be cited only once.");
    }

    /**
     * The content as label → text, in form order: what the conflict dialog and the history tab compare.
     * Display-only parts (citations, source titles) are included so that a change reads as a sentence.
     */
    @Override
    public Map<String, String> describe() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Kind", kind == null ? "" : kind.label());
        fields.put("Title", text(title));
        fields.put("Category", categoryLabel != null ? categoryLabel : text(category));
        fields.put("Date", dateFrom == null || dateTo == null || datePrecision == null ? "" : datePrecision.format(dateFrom, dateTo)
                + " (known to the " + datePrecision.name().toLowerCase() + ")");
        fields.put("Status", status == null ? "" : status.label());
        fields.put("Confidence", confidence == null ? "" : confidence.label());
        fields.put("Place", text(place));
        fields.put("Coordinates", latitude == null ? "" : latitude.stripTrailingZeros().toPlainString() + ", "
                + (longitude == null ? "" : longitude.stripTrailingZeros().toPlainString()));
        fields.put("Summary", text(summary));
        fields.put("Countries", parties.stream().map(p -> p.countryCode() + " " + (p.role() == null ? "" : p.role().label()))
                .sorted().collect(Collectors.joining("; ")));
        fields.put("Provisions", provisions.stream().map(p -> text(p.citation()) + ": " + text(p.rationale()))
                .sorted().collect(Collectors.joining("\n")));
        fields.put("Sources", sources.stream().map(s -> text(s.title())
                + (text(s.supportingQuote()).isEmpty() ? "" : " – “" + text(s.supportingQuote()) + "”")
                + (text(s.note()).isEmpty() ? "" : " (note: " + text(s.note()) + ")")).sorted().collect(Collectors.joining("\n")));
        fields.put("Editors' notes", text(notes));
        return fields;
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    @Override
    public void setVersion(long version) {
        this.version = version;
    }

    public IncidentKind getKind() {
        return kind;
    }

    public void setKind(IncidentKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getCategoryLabel() {
        return categoryLabel;
    }

    public void setCategoryLabel(String categoryLabel) {
        this.categoryLabel = categoryLabel;
    }

    public LocalDate getDateFrom() {
        return dateFrom;
    }

    public void setDateFrom(LocalDate dateFrom) {
        this.dateFrom = dateFrom;
    }

    public LocalDate getDateTo() {
        return dateTo;
    }

    public void setDateTo(LocalDate dateTo) {
        this.dateTo = dateTo;
    }

    public DatePrecision getDatePrecision() {
        return datePrecision;
    }

    public void setDatePrecision(DatePrecision datePrecision) {
        this.datePrecision = datePrecision;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public void setStatus(IncidentStatus status) {
        this.status = status;
    }

    public Confidence getConfidence() {
        return confidence;
    }

    public void setConfidence(Confidence confidence) {
        this.confidence = confidence;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<PartyData> getParties() {
        return parties;
    }

    public void setParties(List<PartyData> parties) {
        this.parties = new ArrayList<>(parties);
    }

    public List<ProvisionData> getProvisions() {
        return provisions;
    }

    public void setProvisions(List<ProvisionData> provisions) {
        this.provisions = new ArrayList<>(provisions);
    }

    public List<SourceData> getSources() {
        return sources;
    }

    public void setSources(List<SourceData> sources) {
        this.sources = new ArrayList<>(sources);
    }
}
