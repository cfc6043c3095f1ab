package org.sanctionsmonitor.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sanctionsmonitor.base.FieldRules;
import org.sanctionsmonitor.editorial.EditableData;

/** What an editor enters for a source. Validated by the service; the URL must also be unique. */
@FieldRules
public class SourceData implements EditableData, FieldRules.Checked {

    private Long id;

    private long version;

    @NotNull(message = "Choose the type of source.")
    private SourceType type = SourceType.NEWS_ARTICLE;

    @NotBlank(message = "Name the outlet or publisher.")
    @Size(max = 300, message = "Keep the outlet to 300 characters or fewer.")
    private String outlet;

    @Size(max = 300, message = "Keep the originating outlet to 300 characters or fewer.")
    private String originatingOutlet;

    /** The state whose state media this is (a country code), for type STATE_MEDIA only. */
    private String stateMediaOf;

    /** Where the information first came from when the source repeats it; empty when it is its own reporting. */
    @Size(max = 300, message = "Keep the origin to 300 characters or fewer.")
    private String origin;

    @NotBlank(message = "Give the web address of the source.")
    @Pattern(regexp = "^https?://\\S+$", message = "Give a web address starting with http:// or https://.")
    @Size(max = 2000, message = "Keep the web address to 2,000 characters or fewer.")
    private String url;

    @NotBlank(message = "Choose the language the source is written in.")
    @Pattern(regexp = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", message = "Use a language code such as en, id, ru or ko-KR.")
    private String language = "en";

    private LocalDate publishedOn;

    private LocalDate retrievedOn;

    @NotBlank(message = "Give the title in the original language.")
    @Size(max = 1000, message = "Keep the title to 1,000 characters or fewer.")
    private String titleOriginal;

    @Size(max = 1000, message = "Keep the English title to 1,000 characters or fewer.")
    private String titleTranslation;

    @Size(max = 50000, message = "Keep the excerpt to 50,000 characters or fewer.")
    private String excerptOriginal;

    @Size(max = 50000, message = "Keep the English excerpt to 50,000 characters or fewer.")
    private String excerptTranslation;

    @Size(max = 300, message = "Keep the translator's name to 300 characters or fewer.")
    private String translatedBy;

    private TranslationMethod translationMethod;

    private LocalDate translatedOn;

    @Size(max = 300, message = "Keep the reviewer's name to 300 characters or fewer.")
    private String translationReviewedBy;

    private LocalDate translationReviewedOn;

    @Pattern(regexp = "^$|^https?://\\S+$", message = "Give a web address starting with http:// or https://.")
    @Size(max = 2000, message = "Keep the address of the archived copy to 2,000 characters or fewer.")
    private String archivedUrl;

    @NotNull(message = "Rate the reliability (F if it cannot be judged).")
    private Reliability reliability = Reliability.F;

    @Size(max = 20000, message = "Keep the editors' notes to 20,000 characters or fewer.")
    private String notes;

    @Override
    public void check(FieldRules.Report report) {
        boolean translated = (titleTranslation != null && !titleTranslation.isBlank())
                || (excerptTranslation != null && !excerptTranslation.isBlank());
        report.require("translationMethod", !translated || translationMethod != null,
                "Say whether the translation was made by a person or a machine.");
        report.require("translatedBy", !translated || (translatedBy != null && !translatedBy.isBlank()),
                "Say who translated it: a person's name, or the machine system (e.g. DeepL).");
        report.require("translationReviewedBy", translationReviewedOn == null || (translationReviewedBy != null && !translationReviewedBy.isBlank()),
                "Name the person who reviewed the translation.");
        report.require("translationReviewedOn", translationReviewedOn == null || translatedOn == null || !translationReviewedOn.isBefore(translatedOn),
                "It cannot have been reviewed before it was translated.");
        report.require("stateMediaOf", type != SourceType.STATE_MEDIA || (stateMediaOf != null && !stateMediaOf.isBlank()),
                "Choose the state whose state media this is.");
        report.require("retrievedOn", publishedOn == null || retrievedOn == null || !retrievedOn.isBefore(publishedOn),
                "It cannot have been retrieved before it was published.");
    }

    /** The content as label → text, for the conflict dialog and the history tab. */
    @Override
    public Map<String, String> describe() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Type", type == null ? "" : type.label());
        fields.put("Outlet", text(outlet));
        fields.put("Originating outlet", text(originatingOutlet));
        fields.put("State media of", type == SourceType.STATE_MEDIA ? text(stateMediaOf) : "");
        fields.put("Origin", text(origin));
        fields.put("URL", text(url));
        fields.put("Language", text(language));
        fields.put("Published", publishedOn == null ? "" : publishedOn.toString());
        fields.put("Retrieved", retrievedOn == null ? "" : retrievedOn.toString());
        fields.put("Title", text(titleOriginal));
        fields.put("Title (translation)", text(titleTranslation));
        fields.put("Excerpt", text(excerptOriginal));
        fields.put("Excerpt (translation)", text(excerptTranslation));
        fields.put("Translated by", text(translatedBy) + (translationMethod == null ? "" : " (" + translationMethod.name().toLowerCase() + ")"));
        fields.put("Translated on", translatedOn == null ? "" : translatedOn.toString());
        fields.put("Translation reviewed by", text(translationReviewedBy)
                + (translationReviewedOn == null ? "" : " (" + translationReviewedOn + ")"));
        fields.put("Archived copy", text(archivedUrl));
        fields.put("Reliability", reliability == null ? "" : reliability.label());
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

    public SourceType getType() {
        return type;
    }

    public void setType(SourceType type) {
        this.type = type;
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }

    public String getOriginatingOutlet() {
        return originatingOutlet;
    }

    public void setOriginatingOutlet(String originatingOutlet) {
        this.originatingOutlet = originatingOutlet;
    }

    public String getStateMediaOf() {
        return stateMediaOf;
    }

    public void setStateMediaOf(String stateMediaOf) {
        this.stateMediaOf = stateMediaOf;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public LocalDate getRetrievedOn() {
        return retrievedOn;
    }

    public void setRetrievedOn(LocalDate retrievedOn) {
        this.retrievedOn = retrievedOn;
    }

    public String getTitleOriginal() {
        return titleOriginal;
    }

    public void setTitleOriginal(String titleOriginal) {
        this.titleOriginal = titleOriginal;
    }

    public String getTitleTranslation() {
        return titleTranslation;
    }

    public void setTitleTranslation(String titleTranslation) {
        this.titleTranslation = titleTranslation;
    }

    public String getExcerptOriginal() {
        return excerptOriginal;
    }

    public void setExcerptOriginal(String excerptOriginal) {
        this.excerptOriginal = excerptOriginal;
    }

    public String getExcerptTranslation() {
        return excerptTranslation;
    }

    public void setExcerptTranslation(String excerptTranslation) {
        this.excerptTranslation = excerptTranslation;
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

    public String getArchivedUrl() {
        return archivedUrl;
    }

    public void setArchivedUrl(String archivedUrl) {
        this.archivedUrl = archivedUrl;
    }

    public Reliability getReliability() {
        return reliability;
    }

    public void setReliability(Reliability reliability) {
        this.reliability = reliability;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
