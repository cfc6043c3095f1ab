package org.sanctionsmonitor.source;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.sanctionsmonitor.base.EditorialRecord;

/** Evidence: an article, official document or UN report, kept in its original language beside a translation. */
@Entity
@Audited
public class Source extends EditorialRecord {

    @Enumerated(EnumType.STRING)
    private SourceType type;

    private String outlet;
    private String originatingOutlet;
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

    private String archivedUrl;

    @Enumerated(EnumType.STRING)
    private Reliability reliability = Reliability.F;

    private String notes;

    protected Source() {
    }

    public Source(SourceType type, String outlet, String url, String language, String titleOriginal) {
        this.type = type;
        this.outlet = outlet;
        this.url = url;
        this.language = language;
        this.titleOriginal = titleOriginal;
    }

    void apply(SourceData data) {
        type = data.getType();
        outlet = data.getOutlet().trim();
        originatingOutlet = blankToNull(data.getOriginatingOutlet());
        url = data.getUrl().trim();
        language = data.getLanguage().trim();
        publishedOn = data.getPublishedOn();
        retrievedOn = data.getRetrievedOn();
        titleOriginal = data.getTitleOriginal().trim();
        titleTranslation = blankToNull(data.getTitleTranslation());
        excerptOriginal = blankToNull(data.getExcerptOriginal());
        excerptTranslation = blankToNull(data.getExcerptTranslation());
        translatedBy = blankToNull(data.getTranslatedBy());
        translationMethod = titleTranslation == null && excerptTranslation == null ? null : data.getTranslationMethod();
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
        data.setArchivedUrl(archivedUrl);
        data.setReliability(reliability);
        data.setNotes(notes);
        return data;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public void setTranslation(String titleTranslation, String excerptTranslation, String translatedBy, TranslationMethod method) {
        this.titleTranslation = titleTranslation;
        this.excerptTranslation = excerptTranslation;
        this.translatedBy = translatedBy;
        this.translationMethod = method;
    }

    public void setDetails(String originatingOutlet, LocalDate publishedOn, LocalDate retrievedOn, String excerptOriginal,
            String archivedUrl, Reliability reliability, String notes) {
        this.originatingOutlet = originatingOutlet;
        this.publishedOn = publishedOn;
        this.retrievedOn = retrievedOn;
        this.excerptOriginal = excerptOriginal;
        this.archivedUrl = archivedUrl;
        this.reliability = reliability;
        this.notes = notes;
    }

    public String getUrl() {
        return url;
    }

    public String getOutlet() {
        return outlet;
    }

    public String getTitleOriginal() {
        return titleOriginal;
    }
}
