package org.sanctionsmonitor.source;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.sanctionsmonitor.base.Labels;
import org.sanctionsmonitor.editorial.EditorialRecord;
import org.sanctionsmonitor.editorial.ItemType;

/** Evidence: an article, official document or UN report, kept in its original language beside a translation. */
@Entity
@Audited
public class Source extends EditorialRecord {

    @Enumerated(EnumType.STRING)
    private SourceType type;

    private String outlet;
    private String originatingOutlet;
    private String stateMediaOf;
    private String origin;
    private String url;
    private String language;
    private LocalDate publishedOn;
    private LocalDate retrievedOn;
    private String titleOriginal;
    private String titleTranslation;
    private String excerptOriginal;
    private String excerptTranslation;
    private String translatedBy;

    @Enumerated(EnumType.STRING)
    private TranslationMethod translationMethod;

    private LocalDate translatedOn;
    private String translationReviewedBy;
    private LocalDate translationReviewedOn;

    private String archivedUrl;

    @Enumerated(EnumType.STRING)
    private Reliability reliability = Reliability.F;

    private String notes;

    /** Sources go through review as one kind of record. */
    public static final ItemType TYPE = new ItemType("SOURCE", "Source");

    Source() {
    }

    void apply(SourceData data) {
        type = data.getType();
        outlet = data.getOutlet().trim();
        originatingOutlet = blankToNull(data.getOriginatingOutlet());
        stateMediaOf = type == SourceType.STATE_MEDIA ? blankToNull(data.getStateMediaOf()) : null;
        origin = blankToNull(data.getOrigin());
        url = data.getUrl().trim();
        language = data.getLanguage().trim();
        publishedOn = data.getPublishedOn();
        retrievedOn = data.getRetrievedOn();
        titleOriginal = data.getTitleOriginal().trim();
        titleTranslation = blankToNull(data.getTitleTranslation());
        excerptOriginal = blankToNull(data.getExcerptOriginal());
        excerptTranslation = blankToNull(data.getExcerptTranslation());
        translatedBy = blankToNull(data.getTranslatedBy());
        // Kept as typed, also before the translation itself is entered (nothing typed is lost); pages show it only
        // beside a translation.
        boolean translated = titleTranslation != null || excerptTranslation != null;
        translationMethod = translated ? data.getTranslationMethod() : null;
        translatedOn = data.getTranslatedOn();
        translationReviewedBy = blankToNull(data.getTranslationReviewedBy());
        translationReviewedOn = data.getTranslationReviewedOn();
        archivedUrl = blankToNull(data.getArchivedUrl());
        reliability = data.getReliability();
        notes = blankToNull(data.getNotes());
    }

    SourceData toData() {
        SourceData data = new SourceData();
        data.setId(getId());
        data.setVersion(getVersion());
        data.setType(type);
        data.setOutlet(outlet);
        data.setOriginatingOutlet(originatingOutlet);
        data.setStateMediaOf(stateMediaOf);
        data.setOrigin(origin);
        data.setUrl(url);
        data.setLanguage(language);
        data.setPublishedOn(publishedOn);
        data.setRetrievedOn(retrievedOn);
        data.setTitleOriginal(titleOriginal);
        data.setTitleTranslation(titleTranslation);
        data.setExcerptOriginal(excerptOriginal);
        data.setExcerptTranslation(excerptTranslation);
        data.setTranslatedBy(translatedBy);
        data.setTranslationMethod(translationMethod);
        data.setTranslatedOn(translatedOn);
        data.setTranslationReviewedBy(translationReviewedBy);
        data.setTranslationReviewedOn(translationReviewedOn);
        data.setArchivedUrl(archivedUrl);
        data.setReliability(reliability);
        data.setNotes(notes);
        return data;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** How other pages name this source. */
    public String label() {
        return Labels.source(outlet, originatingOutlet, titleOriginal);
    }

    public String getUrl() {
        return url;
    }
}
