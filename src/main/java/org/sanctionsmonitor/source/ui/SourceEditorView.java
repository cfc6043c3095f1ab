package org.sanctionsmonitor.source.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.sanctionsmonitor.base.ui.EditorSave;
import org.sanctionsmonitor.base.ui.FieldErrors;
import org.sanctionsmonitor.base.ui.LanguageField;
import org.sanctionsmonitor.base.ui.RouteIds;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.Reliability;
import org.sanctionsmonitor.source.SourceData;
import org.sanctionsmonitor.source.SourceService;
import org.sanctionsmonitor.source.SourceType;
import org.sanctionsmonitor.source.TranslationMethod;

/**
 * Creates ({@code /sources/new}) and edits ({@code /sources/{id}/edit}) a source, with its title and excerpt in the
 * original language beside the translation, and who translated it, how.
 */
@Route("sources/:id(\\d+)/edit")
@RouteAlias("sources/new")
@RolesAllowed(Role.EDITOR_ROLE)
public class SourceEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

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
    final Button save = new Button("Save");

    private final BeanValidationBinder<SourceData> binder = new BeanValidationBinder<>(SourceData.class);
    private final FieldErrors errors = new FieldErrors();
    private final H1 heading = new H1();
    private final SourceService sources;

    SourceEditorView(SourceService sources) {
        this.sources = sources;
        addClassName("editor-view");
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
        errors.map("type", type).map("outlet", outlet).map("originatingOutlet", originatingOutlet).map("url", url)
                .map("language", language).map("publishedOn", publishedOn).map("retrievedOn", retrievedOn)
                .map("datesInOrder", retrievedOn).map("titleOriginal", titleOriginal).map("excerptOriginal", excerptOriginal)
                .map("titleTranslation", titleTranslation).map("excerptTranslation", excerptTranslation)
                .map("translatedBy", translatedBy).map("translationMethod", translationMethod)
                .map("translationAttributed", translationMethod).map("archivedUrl", archivedUrl)
                .map("reliability", reliability).map("notes", notes);

        FormLayout about = new FormLayout(type, outlet, originatingOutlet, url, language, publishedOn, retrievedOn, reliability,
                archivedUrl);
        Div original = new Div(new H3("Original"), titleOriginal, excerptOriginal);
        original.addClassName("column");
        Div translation = new Div(new H3("Translation"), titleTranslation, excerptTranslation, translatedBy, translationMethod);
        translation.addClassName("column");
        Div texts = new Div(original, translation);
        texts.addClassName("bilingual-columns");
        for (var field : new com.vaadin.flow.component.HasSize[] {titleOriginal, excerptOriginal, titleTranslation, excerptTranslation, notes}) {
            field.setWidthFull();
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        save.addClickListener(click -> {
            if (binder.validate().isOk()) {
                save(binder.getBean());
            }
        });
        Button cancel = new Button("Cancel", click -> UI.getCurrent().getPage().getHistory().back());
        cancel.addClickShortcut(Key.ESCAPE);
        add(heading, about, texts, notes, new HorizontalLayout(save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = RouteIds.longId(event, "id");
        if (id.isPresent()) {
            SourceData data = sources.edit(id.get()).orElse(null);
            if (data == null) {
                event.rerouteToError(NotFoundException.class, "No such source.");
                return;
            }
            heading.setText("Edit source");
            edit(data);
        } else {
            heading.setText("New source");
            edit(new SourceData());
        }
    }

    private void edit(SourceData data) {
        binder.setBean(data);
        errors.clear();
    }

    private void save(SourceData data) {
        EditorSave.save(data, sources::save, errors,
                id -> UI.getCurrent().navigate(SourceView.class, new RouteParameters("id", String.valueOf(id))), this::edit);
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " · Sanctions Monitor";
    }
}
