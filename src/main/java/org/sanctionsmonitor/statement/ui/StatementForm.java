package org.sanctionsmonitor.statement.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.sanctionsmonitor.source.TranslationMethod;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.sanctionsmonitor.base.ui.LanguageField;
import org.sanctionsmonitor.country.CountryOption;
import org.sanctionsmonitor.editorial.ui.EditorForm;
import org.sanctionsmonitor.incident.IncidentOption;
import org.sanctionsmonitor.source.SourceOption;
import org.sanctionsmonitor.statement.ActorKind;
import org.sanctionsmonitor.statement.ActorOption;
import org.sanctionsmonitor.statement.SaidPrecision;
import org.sanctionsmonitor.statement.Stance;
import org.sanctionsmonitor.statement.StatementData;

/**
 * The statement form: who said it (actors, and a new one if needed) and which countries signed it, when (as precisely
 * as known, or only when it was reported), with which stance, the quote in its language beside the translation, its
 * source and the incident it addresses.
 */
class StatementForm extends EditorForm<StatementData> {

    final MultiSelectComboBox<ActorOption> speakers = new MultiSelectComboBox<>("Speakers");
    final Checkbox newSpeaker = new Checkbox("A new speaker too");
    final TextField newSpeakerName = new TextField("New speaker's name");
    final Select<ActorKind> newSpeakerKind = new Select<>();
    final TextField newSpeakerTitle = new TextField("Title or role");
    final ComboBox<CountryOption> newSpeakerCountry = new ComboBox<>("New speaker's country");
    final MultiSelectComboBox<CountryOption> signatories = new MultiSelectComboBox<>("Signed by (joint statements)");
    final Select<SaidPrecision> saidPrecision = new Select<>();
    final DatePicker saidOn = new DatePicker("Said on");
    final DatePicker reportedOn = new DatePicker("Reported on");
    final Select<Stance> stance = new Select<>();
    final TextArea summary = new TextArea("What was said (editors' summary, English)");
    final TextArea quoteOriginal = new TextArea("Quote, in the original language");
    final LanguageField quoteLanguage = new LanguageField("Language of the quote");
    final TextArea quoteTranslation = new TextArea("Translation (English)");
    final TextField translatedBy = new TextField("Translated by");
    final RadioButtonGroup<TranslationMethod> translationMethod = new RadioButtonGroup<>("Translation made by");
    final DatePicker translatedOn = new DatePicker("Translated on");
    final TextField translationReviewedBy = new TextField("Translation reviewed by");
    final DatePicker translationReviewedOn = new DatePicker("Reviewed on");
    final TextArea attributionNote = new TextArea("Attribution note");
    final ComboBox<SourceOption> source = new ComboBox<>("Source");
    final ComboBox<IncidentOption> incident = new ComboBox<>("About the incident");

    /** Looks up records as the editor types; given by the view, so the form stays free of services. */
    interface Picker<T> {
        List<T> find(String text, int offset, int limit);
    }

    StatementForm(Picker<ActorOption> actors, List<CountryOption> countries, Picker<SourceOption> sources, Picker<IncidentOption> incidents) {
        super(StatementData.class);
        // Found by any of their names, in any script or spelling (김여정 finds Kim Yo-jong).
        speakers.setItems(query -> actors.find(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        speakers.setItemLabelGenerator(ActorOption::label);
        speakers.setHelperText("Who said it: one person or body, or several for a joint statement. Their country counts. "
                + "Type any of their names, in any script.");
        newSpeakerKind.setLabel("Kind");
        newSpeakerKind.setItems(ActorKind.values());
        newSpeakerKind.setItemLabelGenerator(kind -> kind.name().replace('_', ' ').toLowerCase());
        newSpeaker.addValueChangeListener(e -> showNewSpeaker(e.getValue()));
        newSpeakerCountry.setItems(countries);
        newSpeakerCountry.setItemLabelGenerator(CountryOption::label);
        newSpeakerCountry.setClearButtonVisible(true);
        signatories.setItems(countries);
        signatories.setItemLabelGenerator(CountryOption::label);
        signatories.setHelperText("Countries on whose behalf it was made, besides the speakers' own.");
        saidPrecision.setLabel("Date known to");
        saidPrecision.setItems(SaidPrecision.values());
        saidPrecision.setItemLabelGenerator(SaidPrecision::label);
        saidPrecision.addValueChangeListener(e -> showDate(e.getValue()));
        saidOn.setHelperText("For a month or a year, any day in it.");
        reportedOn.setHelperText("The day the source reported it.");
        stance.setLabel("Stance");
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(Stance::label);
        source.setItems(query -> sources.find(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        source.setItemLabelGenerator(SourceOption::label);
        source.setClearButtonVisible(true);
        incident.setItems(query -> incidents.find(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        incident.setItemLabelGenerator(IncidentOption::label);
        incident.setClearButtonVisible(true);
        attributionNote.setHelperText("Where sources disagree on who said it, say so here.");
        translatedBy.setHelperText("A person's name, or the machine system (e.g. DeepL).");
        translationMethod.setItems(TranslationMethod.values());
        translationMethod.setItemLabelGenerator(m -> m == TranslationMethod.HUMAN ? "a person" : "a machine");
        translationReviewedBy.setHelperText("The person who checked it against the original; empty if nobody did.");

        binder.forField(speakers).bind(d -> new LinkedHashSet<>(d.getSpeakers()), (d, v) -> d.setSpeakers(List.copyOf(v)));
        binder.forField(newSpeakerName).bind("newSpeakerName");
        binder.forField(newSpeakerKind).bind("newSpeakerKind");
        binder.forField(newSpeakerTitle).bind("newSpeakerTitle");
        binder.forField(newSpeakerCountry).bind(d -> country(countries, d.getNewSpeakerCountry()),
                (d, v) -> d.setNewSpeakerCountry(v == null ? null : v.code()));
        binder.forField(signatories).bind(d -> d.getSignatories().stream().map(code -> country(countries, code))
                        .filter(java.util.Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new)),
                (d, v) -> d.setSignatories(v.stream().map(CountryOption::code).toList()));
        binder.forField(saidPrecision).bind("saidPrecision");
        binder.forField(saidOn).bind("saidOn");
        binder.forField(reportedOn).bind("reportedOn");
        binder.forField(stance).bind("stance");
        binder.forField(summary).bind("summary");
        binder.forField(quoteOriginal).bind("quoteOriginal");
        binder.forField(quoteLanguage).bind("quoteLanguage");
        binder.forField(quoteTranslation).bind("quoteTranslation");
        binder.forField(translatedBy).bind("translatedBy");
        binder.forField(translationMethod).bind("translationMethod");
        binder.forField(translatedOn).bind("translatedOn");
        binder.forField(translationReviewedBy).bind("translationReviewedBy");
        binder.forField(translationReviewedOn).bind("translationReviewedOn");
        binder.forField(attributionNote).bind("attributionNote");
        binder.forField(source).bind(d -> d.getSourceId() == null ? null : new SourceOption(d.getSourceId(), d.getSourceLabel()),
                (d, v) -> {
                    d.setSourceId(v == null ? null : v.id());
                    d.setSourceLabel(v == null ? null : v.label());
                });
        binder.forField(incident).bind(d -> d.getIncidentId() == null ? null : new IncidentOption(d.getIncidentId(), d.getIncidentLabel()),
                (d, v) -> {
                    d.setIncidentId(v == null ? null : v.id());
                    d.setIncidentLabel(v == null ? null : v.label());
                });
        errors().map("speakers", speakers).map("newSpeakerCountry", newSpeakerCountry).map("signatories", signatories)
                .map("sourceId", source).map("incidentId", incident);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.add(speakers, newSpeaker);
        form.add(newSpeakerName, newSpeakerKind, newSpeakerTitle, newSpeakerCountry);
        form.add(signatories, 2);
        form.add(saidPrecision, saidOn, reportedOn, stance);
        form.add(summary, 2);
        form.add(quoteOriginal, quoteTranslation, quoteLanguage);
        form.add(translatedBy, translationMethod, translatedOn, translationReviewedBy, translationReviewedOn);
        form.add(attributionNote, 2);
        form.add(source, incident);
        layout(form);
        showNewSpeaker(false);
    }

    @Override
    public void edit(StatementData data) {
        newSpeaker.setValue(data.getNewSpeakerName() != null && !data.getNewSpeakerName().isBlank());
        super.edit(data);
        showDate(data.getSaidPrecision());
    }

    private void showNewSpeaker(boolean shown) {
        newSpeakerName.setVisible(shown);
        newSpeakerKind.setVisible(shown);
        newSpeakerTitle.setVisible(shown);
        newSpeakerCountry.setVisible(shown);
        if (!shown) {
            newSpeakerName.clear();
            newSpeakerTitle.clear();
            newSpeakerCountry.clear();
        }
    }

    /** An undated statement has no date of its own, only the day it was reported. */
    private void showDate(SaidPrecision precision) {
        saidOn.setVisible(precision != SaidPrecision.UNDATED);
        if (precision == SaidPrecision.UNDATED) {
            saidOn.clear();
        }
    }

    private static CountryOption country(List<CountryOption> countries, String code) {
        return countries.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }
}
