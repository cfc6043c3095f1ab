package org.sanctionsmonitor.source.ui;

import com.vaadin.flow.component.HasSize;
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

/** The source form: the title and excerpt in the original language beside the translation, and who translated it. */
class SourceForm extends EditorForm<SourceData> {

    final Select<SourceType> type = new Select<>();
    final TextField outlet = new TextField("Outlet");
    final TextField originatingOutlet = new TextField("Originating outlet");
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
    final TextField archivedUrl = new TextField("Archived copy");
    final Select<Reliability> reliability = new Select<>();
    final TextArea notes = new TextArea("Editors' notes");

    SourceForm() {
        super(SourceData.class);
        type.setLabel("Type");
        type.setItems(SourceType.values());
        type.setItemLabelGenerator(SourceType::label);
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
        binder.bindInstanceFields(this);

        FormLayout about = new FormLayout(type, outlet, originatingOutlet, url, language, publishedOn, retrievedOn, reliability,
                archivedUrl);
        Div original = new Div(new H3("Original"), titleOriginal, excerptOriginal);
        original.addClassName("column");
        Div translation = new Div(new H3("Translation"), titleTranslation, excerptTranslation, translatedBy, translationMethod);
        translation.addClassName("column");
        Div texts = new Div(original, translation);
        texts.addClassName("bilingual-columns");
        for (HasSize field : new HasSize[] {titleOriginal, excerptOriginal, titleTranslation, excerptTranslation, notes}) {
            field.setWidthFull();
        }
        layout(about, texts, notes);
    }
}
