package org.sanctionsmonitor.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sanctionsmonitor.base.FieldRules;
import org.sanctionsmonitor.editorial.EditableData;
import org.sanctionsmonitor.source.TranslationMethod;

/**
 * What an editor enters for a statement, validated by the service. It is made by one or more speakers — existing
 * actors, and at most one new one given by name ({@code newSpeakerName}, with its kind, title and country) — and may
 * be signed by countries (a joint statement). Its date is known to the day, month or year, or only as the day it was
 * reported.
 */
@FieldRules
public class StatementData implements EditableData, FieldRules.Checked {

    private Long id;
    private long version;

    private List<ActorOption> speakers = new ArrayList<>();

    @Size(max = 200, message = "Keep the new speaker's name to 200 characters or fewer.")
    private String newSpeakerName;

    private ActorKind newSpeakerKind = ActorKind.PERSON;

    @Size(max = 300, message = "Keep the new speaker's title or role to 300 characters or fewer.")
    private String newSpeakerTitle;

    private String newSpeakerCountry;

    private List<String> signatories = new ArrayList<>();

    @NotNull(message = "Say how precisely the date is known.")
    private SaidPrecision saidPrecision = SaidPrecision.DAY;

    private LocalDate saidOn;

    private LocalDate reportedOn;

    @NotNull(message = "Choose the stance: does it allege, deny, confirm, or only report?")
    private Stance stance;

    @NotBlank(message = "Summarise what was said, in English.")
    @Size(max = 4000, message = "Keep the summary of what was said to 4,000 characters or fewer.")
    private String summary;

    @Size(max = 10000, message = "Keep the quote to 10,000 characters or fewer.")
    private String quoteOriginal;

    @Pattern(regexp = "^$|^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", message = "Use a language code such as en, id, ru or ko-KR.")
    private String quoteLanguage;

    @Size(max = 10000, message = "Keep the translation to 10,000 characters or fewer.")
    private String quoteTranslation;

    @Size(max = 300, message = "Keep the translator's name to 300 characters or fewer.")
    private String translatedBy;

    private TranslationMethod translationMethod;

    private LocalDate translatedOn;

    @Size(max = 300, message = "Keep the reviewer's name to 300 characters or fewer.")
    private String translationReviewedBy;

    private LocalDate translationReviewedOn;

    @Size(max = 4000, message = "Keep the attribution note to 4,000 characters or fewer.")
    private String attributionNote;

    private Long sourceId;
    private String sourceLabel;
    private Long incidentId;
    private String incidentLabel;

    @Override
    public void check(FieldRules.Report report) {
        report.require("speakers", !speakers.isEmpty() || (newSpeakerName != null && !newSpeakerName.isBlank()),
                "Choose who said it, or enter a new speaker's name.");
        report.require("speakers", speakers.size() == speakers.stream().map(ActorOption::id).distinct().count(),
                "Each speaker can be named only once.");
        report.require("saidOn", saidPrecision == SaidPrecision.UNDATED || saidOn != null,
                "When was it said? Give the day, or the month or year it is known to.");
        report.require("reportedOn", saidPrecision != SaidPrecision.UNDATED || reportedOn != null,
                "An undated statement needs the day it was reported.");
        report.require("quoteLanguage", quoteOriginal == null || quoteOriginal.isBlank() || (quoteLanguage != null && !quoteLanguage.isBlank()),
                "Give the language of the quote.");
        report.require("quoteTranslation", quoteTranslation == null || quoteTranslation.isBlank() || (quoteOriginal != null && !quoteOriginal.isBlank()),
                "A translation needs the original quote beside it.");
        boolean translated = quoteTranslation != null && !quoteTranslation.isBlank();
        report.require("translatedBy", !translated || (translatedBy != null && !translatedBy.isBlank()),
                "Say who translated the quote: a person's name, or the machine system (e.g. DeepL).");
        report.require("translationMethod", !translated || translationMethod != null,
                "Say whether the translation was made by a person or a machine.");
        report.require("translationReviewedBy", translationReviewedOn == null || (translationReviewedBy != null && !translationReviewedBy.isBlank()),
                "Name the person who reviewed the translation.");
    }

    /** The content as label → text, for the conflict dialog and the history tab. */
    @Override
    public Map<String, String> describe() {
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(speakers.stream().map(ActorOption::label).toList());
        if (newSpeakerName != null && !newSpeakerName.isBlank()) {
            names.add(newSpeakerName.trim() + " (new)");
        }
        fields.put("Speakers", names.stream().sorted().collect(Collectors.joining("; ")));
        fields.put("Signed by", signatories.stream().sorted().collect(Collectors.joining(", ")));
        fields.put("Said", saidPrecision == null ? "" : saidPrecision.format(saidOn, reportedOn));
        fields.put("Stance", stance == null ? "" : stance.label());
        fields.put("Summary", text(summary));
        fields.put("Quote", text(quoteOriginal));
        fields.put("Quote language", text(quoteLanguage));
        fields.put("Translation", text(quoteTranslation));
        fields.put("Translated by", text(translatedBy) + (translationMethod == null ? "" : " (" + translationMethod.name().toLowerCase() + ")")
                + (translatedOn == null ? "" : ", " + translatedOn));
        fields.put("Translation reviewed by", text(translationReviewedBy) + (translationReviewedOn == null ? "" : ", " + translationReviewedOn));
        fields.put("Attribution note", text(attributionNote));
        fields.put("Source", text(sourceLabel));
        fields.put("Incident", text(incidentLabel));
        return fields;
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
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

    public List<ActorOption> getSpeakers() {
        return speakers;
    }

    public void setSpeakers(List<ActorOption> speakers) {
        this.speakers = new ArrayList<>(speakers);
    }

    public String getNewSpeakerName() {
        return newSpeakerName;
    }

    public void setNewSpeakerName(String newSpeakerName) {
        this.newSpeakerName = newSpeakerName;
    }

    public ActorKind getNewSpeakerKind() {
        return newSpeakerKind;
    }

    public void setNewSpeakerKind(ActorKind newSpeakerKind) {
        this.newSpeakerKind = newSpeakerKind;
    }

    public String getNewSpeakerTitle() {
        return newSpeakerTitle;
    }

    public void setNewSpeakerTitle(String newSpeakerTitle) {
        this.newSpeakerTitle = newSpeakerTitle;
    }

    public String getNewSpeakerCountry() {
        return newSpeakerCountry;
    }

    public void setNewSpeakerCountry(String newSpeakerCountry) {
        this.newSpeakerCountry = newSpeakerCountry;
    }

    public List<String> getSignatories() {
        return signatories;
    }

    public void setSignatories(List<String> signatories) {
        this.signatories = new ArrayList<>(signatories);
    }

    public SaidPrecision getSaidPrecision() {
        return saidPrecision;
    }

    public void setSaidPrecision(SaidPrecision saidPrecision) {
        this.saidPrecision = saidPrecision;
    }

    public LocalDate getSaidOn() {
        return saidOn;
    }

    public void setSaidOn(LocalDate saidOn) {
        this.saidOn = saidOn;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public void setReportedOn(LocalDate reportedOn) {
        this.reportedOn = reportedOn;
    }

    public Stance getStance() {
        return stance;
    }

    public void setStance(Stance stance) {
        this.stance = stance;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getQuoteOriginal() {
        return quoteOriginal;
    }

    public void setQuoteOriginal(String quoteOriginal) {
        this.quoteOriginal = quoteOriginal;
    }

    public String getQuoteLanguage() {
        return quoteLanguage;
    }

    public void setQuoteLanguage(String quoteLanguage) {
        this.quoteLanguage = quoteLanguage;
    }

    public String getQuoteTranslation() {
        return quoteTranslation;
    }

    public void setQuoteTranslation(String quoteTranslation) {
        this.quoteTranslation = quoteTranslation;
    }

    public String getTranslatedBy() {
        return translatedBy;
    }

    public void setTranslatedBy(String translatedBy) {
        this.translatedBy = translatedBy;
    }

    public TranslationMethod getTranslationMethod() {
        return translationMethod;
    }

    public void setTranslationMethod(TranslationMethod translationMethod) {
        this.translationMethod = translationMethod;
    }

    public LocalDate getTranslatedOn() {
        return translatedOn;
    }

    public void setTranslatedOn(LocalDate translatedOn) {
        this.translatedOn = translatedOn;
    }

    public String getTranslationReviewedBy() {
        return translationReviewedBy;
    }

    public void setTranslationReviewedBy(String translationReviewedBy) {
        this.translationReviewedBy = translationReviewedBy;
    }

    public LocalDate getTranslationReviewedOn() {
        return translationReviewedOn;
    }

    public void setTranslationReviewedOn(LocalDate translationReviewedOn) {
        this.translationReviewedOn = translationReviewedOn;
    }

    public String getAttributionNote() {
        return attributionNote;
    }

    public void setAttributionNote(String attributionNote) {
        this.attributionNote = attributionNote;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public void setSourceId(Long sourceId) {
        this.sourceId = sourceId;
    }

    public String getSourceLabel() {
        return sourceLabel;
    }

    public void setSourceLabel(String sourceLabel) {
        this.sourceLabel = sourceLabel;
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public void setIncidentId(Long incidentId) {
        this.incidentId = incidentId;
    }

    public String getIncidentLabel() {
        return incidentLabel;
    }

    public void setIncidentLabel(String incidentLabel) {
        this.incidentLabel = incidentLabel;
    }
}
