package org.sanctionsmonitor.source.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.country.CountryOption;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.sanctionsmonitor.base.ui.LanguageField;
import org.sanctionsmonitor.editorial.ui.EditorForm;
import org.sanctionsmonitor.source.Reliability;
import org.sanctionsmonitor.source.SourceData;
import org.sanctionsmonitor.source.SourceType;
import org.sanctionsmonitor.source.TranslationMethod;

/**
 * The source form: the title and excerpt in the original language beside the translation and who translated it, and
 * what the corroboration panel needs: the type (with the state, for state media), the origin and the reliability.
 */
class SourceForm extends EditorForm<SourceData> {

    final Select<SourceType> type = new Select<>();
    final TextField outlet = new TextField("Outlet");
    final TextField originatingOutlet = new TextField("Originating outlet");
    final ComboBox<CountryOption> stateMediaOf = new ComboBox<>("State media of");
    final TextField origin = new TextField("Origin");
    final TextField url = new TextField("Web address");
    final LanguageField language = new LanguageField("Language");
    final DatePicker publishedOn = new DatePicker("Published");
    final DatePicker retrievedOn = new DatePicker("Retrieved");
    final TextField titleOriginal = new TextField("Title");
    final TextArea excerptOriginal = new TextArea("Excerpt");
    final TextField titleTranslation = new TextField("Title (English)");
    final TextArea excerptTranslation = new TextArea("Excerpt (English)");
    final TextField translatedBy = new TextField("Translated by");
    final RadioButtonGroup<TranslationMethod> translationMethod = new RadioButtonGroup<>("Translation made by");
    final DatePicker translatedOn = new DatePicker("Translated on");
    final TextField translationReviewedBy = new TextField("Reviewed by");
    final DatePicker translationReviewedOn = new DatePicker("Reviewed on");
    final TextField archivedUrl = new TextField("Archived copy");
    final Select<Reliability> reliability = new Select<>();
    final TextArea notes = new TextArea("Editors' notes");

    SourceForm(List<CountryOption> countries) {
        super(SourceData.class);
        type.setLabel("Type");
        type.setItems(SourceType.values());
        type.setItemLabelGenerator(SourceType::label);
        type.addValueChangeListener(e -> showStateMediaOf(e.getValue()));
        stateMediaOf.setItems(countries);
        stateMediaOf.setItemLabelGenerator(CountryOption::label);
        stateMediaOf.setClearButtonVisible(true);
        stateMediaOf.setHelperText("The state that owns or controls the outlet.");
        origin.setHelperText("Where the information first came from when this source repeats it: a wire story, another "
                + "outlet's report, a briefing. Leave it empty for the source's own reporting; sources with one origin count "
                + "as one in the corroboration of an incident.");
        translationReviewedBy.setHelperText("The person who checked the translation against the original; empty if nobody did.");
        translatedBy.setHelperText("A person's name, or the machine system (e.g. DeepL, Google Translate).");
        reliability.setLabel("Reliability");
        reliability.setItems(Reliability.values());
        reliability.setItemLabelGenerator(Reliability::label);
        translationMethod.setItems(TranslationMethod.values());
        translationMethod.setItemLabelGenerator(m -> m == TranslationMethod.HUMAN ? "a person" : "a machine");
        url.setPlaceholder("https://…");
        archivedUrl.setPlaceholder("https://web.archive.org/…");
        excerptOriginal.setMinRows(6);
        excerptTranslation.setMinRows(6);
        originatingOutlet.setHelperText("Where a republication copies another outlet, name the original.");
        binder.forField(stateMediaOf).bind(d -> countries.stream().filter(c -> c.code().equals(d.getStateMediaOf())).findFirst().orElse(null),
                (d, v) -> d.setStateMediaOf(v == null ? null : v.code()));
        binder.bindInstanceFields(this);
        errors().map("stateMediaOf", stateMediaOf);

        reliability.setHelperText("The A–F scale: how far the source has proved reliable before.");
        FormLayout about = new FormLayout(type, stateMediaOf, outlet, originatingOutlet, origin, url, language, publishedOn, retrievedOn,
                reliability, archivedUrl);
        Div original = new Div(new H3("Original"), titleOriginal, excerptOriginal);
        original.addClassName("column");
        Div translation = new Div(new H3("Translation"), titleTranslation, excerptTranslation, translatedBy, translationMethod,
                translatedOn, translationReviewedBy, translationReviewedOn);
        translation.addClassName("column");
        Div texts = new Div(original, translation);
        texts.addClassName("bilingual-columns");
        for (HasSize field : new HasSize[] {titleOriginal, excerptOriginal, titleTranslation, excerptTranslation, notes}) {
            field.setWidthFull();
        }
        layout(about, Texts.appLink("What the types and reliability grades mean", Pages.SOURCE_GUIDE), texts, notes);
        showStateMediaOf(type.getValue());
    }

    private void showStateMediaOf(SourceType chosen) {
        stateMediaOf.setVisible(chosen == SourceType.STATE_MEDIA);
    }
}
