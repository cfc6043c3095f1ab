package org.sanctionsmonitor.statement.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.sanctionsmonitor.base.ui.LanguageField;
import org.sanctionsmonitor.country.CountryOption;
import org.sanctionsmonitor.editorial.ui.EditorForm;
import org.sanctionsmonitor.incident.IncidentOption;
import org.sanctionsmonitor.source.SourceOption;
import org.sanctionsmonitor.statement.ActorKind;
import org.sanctionsmonitor.statement.ActorOption;
import org.sanctionsmonitor.statement.Stance;
import org.sanctionsmonitor.statement.StatementData;

/**
 * The statement form: who said it (an existing actor or a new one), when, with which stance, the quote in its
 * language beside the translation, its source and the incident it addresses.
 */
class StatementForm extends EditorForm<StatementData> {

    final ComboBox<ActorOption> speaker = new ComboBox<>("Speaker");
    final Checkbox newSpeaker = new Checkbox("New speaker");
    final TextField newSpeakerName = new TextField("Name");
    final Select<ActorKind> newSpeakerKind = new Select<>();
    final TextField newSpeakerTitle = new TextField("Title or role");
    final ComboBox<CountryOption> country = new ComboBox<>("Speaker's country");
    final DatePicker saidOn = new DatePicker("Said on");
    final Select<Stance> stance = new Select<>();
    final TextArea summary = new TextArea("What was said (editors' summary, English)");
    final TextArea quoteOriginal = new TextArea("Quote, in the original language");
    final LanguageField quoteLanguage = new LanguageField("Language of the quote");
    final TextArea quoteTranslation = new TextArea("Translation (English)");
    final TextArea attributionNote = new TextArea("Attribution note");
    final ComboBox<SourceOption> source = new ComboBox<>("Source");
    final ComboBox<IncidentOption> incident = new ComboBox<>("About the incident");

    /** Looks up records as the editor types; given by the view, so the form stays free of services. */
    interface Picker<T> {
        List<T> find(String text, int offset, int limit);
    }

    StatementForm(List<ActorOption> actors, List<CountryOption> countries, Picker<SourceOption> sources, Picker<IncidentOption> incidents) {
        super(StatementData.class);
        speaker.setItems(actors);
        speaker.setItemLabelGenerator(ActorOption::label);
        newSpeakerKind.setLabel("Kind");
        newSpeakerKind.setItems(ActorKind.values());
        newSpeakerKind.setItemLabelGenerator(kind -> kind.name().replace('_', ' ').toLowerCase());
        newSpeaker.addValueChangeListener(e -> showSpeakerFields(e.getValue()));
        country.setItems(countries);
        country.setItemLabelGenerator(CountryOption::label);
        country.setClearButtonVisible(true);
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

        binder.forField(speaker).bind(d -> d.getSpeakerId() == null ? null : new ActorOption(d.getSpeakerId(), d.getSpeakerLabel()),
                (d, v) -> {
                    d.setSpeakerId(v == null ? null : v.id());
                    d.setSpeakerLabel(v == null ? null : v.label());
                });
        binder.forField(newSpeakerName).bind("newSpeakerName");
        binder.forField(newSpeakerKind).bind("newSpeakerKind");
        binder.forField(newSpeakerTitle).bind("newSpeakerTitle");
        binder.forField(country).bind(d -> countries.stream().filter(c -> c.code().equals(d.getSpeakerCountry())).findFirst().orElse(null),
                (d, v) -> d.setSpeakerCountry(v == null ? null : v.code()));
        binder.forField(saidOn).bind("saidOn");
        binder.forField(stance).bind("stance");
        binder.forField(summary).bind("summary");
        binder.forField(quoteOriginal).bind("quoteOriginal");
        binder.forField(quoteLanguage).bind("quoteLanguage");
        binder.forField(quoteTranslation).bind("quoteTranslation");
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
        errors().map("speakerId", speaker).map("speakerCountry", country).map("sourceId", source).map("incidentId", incident);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.add(speaker, newSpeaker);
        form.add(newSpeakerName, newSpeakerKind, newSpeakerTitle, country, saidOn, stance);
        form.add(summary, 2);
        form.add(quoteOriginal, quoteTranslation, quoteLanguage);
        form.add(attributionNote, 2);
        form.add(source, incident);
        layout(form);
        showSpeakerFields(false);
    }

    @Override
    public void edit(StatementData data) {
        newSpeaker.setValue(false);
        super.edit(data);
    }

    private void showSpeakerFields(boolean isNew) {
        speaker.setVisible(!isNew);
        newSpeakerName.setVisible(isNew);
        newSpeakerKind.setVisible(isNew);
        newSpeakerTitle.setVisible(isNew);
        if (isNew) {
            speaker.clear();
        } else {
            newSpeakerName.clear();
        }
    }
}
