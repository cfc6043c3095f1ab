package org.sanctionsmonitor.statement.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import java.util.List;
import java.util.Map;
import org.sanctionsmonitor.base.EditorialStatus;
import org.sanctionsmonitor.base.ui.EditorSave;
import org.sanctionsmonitor.base.ui.FieldErrors;
import org.sanctionsmonitor.base.ui.LanguageField;
import org.sanctionsmonitor.base.ui.RouteIds;
import org.sanctionsmonitor.country.Country;
import org.sanctionsmonitor.country.CountryService;
import org.sanctionsmonitor.history.ui.HistoryPanel;
import org.sanctionsmonitor.incident.IncidentOption;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.review.ItemType;
import org.sanctionsmonitor.review.ReviewService;
import org.sanctionsmonitor.review.ui.WorkflowBar;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.SourceOption;
import org.sanctionsmonitor.source.SourceService;
import org.sanctionsmonitor.statement.ActorKind;
import org.sanctionsmonitor.statement.ActorOption;
import org.sanctionsmonitor.statement.Stance;
import org.sanctionsmonitor.statement.StatementData;
import org.sanctionsmonitor.statement.StatementService;

/**
 * Creates ({@code /statements/new}) and edits ({@code /statements/{id}/edit}) a statement: who said it (an existing
 * actor or a new one), when, with which stance, the quote in its language beside the translation, its source and the
 * incident it addresses. {@code ?incident=}, {@code ?source=} and {@code ?quote=} prefill a new statement.
 */
@Route("statements/:id(\\d+)/edit")
@RouteAlias("statements/new")
@RolesAllowed(Role.EDITOR_ROLE)
public class StatementEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final ComboBox<ActorOption> speaker = new ComboBox<>("Speaker");
    final Checkbox newSpeaker = new Checkbox("New speaker");
    final TextField newSpeakerName = new TextField("Name");
    final Select<ActorKind> newSpeakerKind = new Select<>();
    final TextField newSpeakerTitle = new TextField("Title or role");
    final ComboBox<Country> country = new ComboBox<>("Speaker's country");
    final DatePicker saidOn = new DatePicker("Said on");
    final Select<Stance> stance = new Select<>();
    final TextArea summary = new TextArea("What was said (editors' summary, English)");
    final TextArea quoteOriginal = new TextArea("Quote, in the original language");
    final LanguageField quoteLanguage = new LanguageField("Language of the quote");
    final TextArea quoteTranslation = new TextArea("Translation (English)");
    final TextArea attributionNote = new TextArea("Attribution note");
    final ComboBox<SourceOption> source = new ComboBox<>("Source");
    final ComboBox<IncidentOption> incident = new ComboBox<>("About the incident");
    final Button save = new Button("Save");

    private final BeanValidationBinder<StatementData> binder = new BeanValidationBinder<>(StatementData.class);
    private final FieldErrors errors = new FieldErrors();
    private final H1 heading = new H1();
    private final Div workflow = new Div();
    private final Div history = new Div();
    private final Details historySection = new Details("History", history);
    private final StatementService statements;
    private final SourceService sources;
    private final IncidentService incidents;
    private final ReviewService review;
    private final List<Country> countries;

    StatementEditorView(StatementService statements, SourceService sources, IncidentService incidents, CountryService countryService,
            ReviewService review) {
        this.statements = statements;
        this.sources = sources;
        this.incidents = incidents;
        this.review = review;
        this.countries = countryService.all();
        addClassName("editor-view");

        speaker.setItems(statements.actors());
        speaker.setItemLabelGenerator(ActorOption::label);
        newSpeakerKind.setLabel("Kind");
        newSpeakerKind.setItems(ActorKind.values());
        newSpeakerKind.setItemLabelGenerator(kind -> kind.name().replace('_', ' ').toLowerCase());
        newSpeaker.addValueChangeListener(e -> showSpeakerFields(e.getValue()));
        country.setItems(countries);
        country.setItemLabelGenerator(c -> c.getName() + " (" + c.getCode() + ")");
        country.setClearButtonVisible(true);
        stance.setLabel("Stance");
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(Stance::label);
        source.setItems(query -> sources.options(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        source.setItemLabelGenerator(SourceOption::label);
        source.setClearButtonVisible(true);
        incident.setItems(query -> incidents.options(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
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
        binder.forField(country).bind(d -> countries.stream().filter(c -> c.getCode().equals(d.getSpeakerCountry())).findFirst().orElse(null),
                (d, v) -> d.setSpeakerCountry(v == null ? null : v.getCode()));
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
        errors.map("speakerGiven", speaker).map("newSpeakerName", newSpeakerName).map("newSpeakerTitle", newSpeakerTitle)
                .map("saidOn", saidOn).map("stance", stance).map("summary", summary).map("quoteOriginal", quoteOriginal)
                .map("quoteLanguage", quoteLanguage).map("quoteLanguageGiven", quoteLanguage)
                .map("quoteTranslation", quoteTranslation).map("translationHasOriginal", quoteTranslation)
                .map("attributionNote", attributionNote);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.add(speaker, newSpeaker);
        form.add(newSpeakerName, newSpeakerKind, newSpeakerTitle, country, saidOn, stance);
        form.add(summary, 2);
        form.add(quoteOriginal, quoteTranslation, quoteLanguage);
        form.add(attributionNote, 2);
        form.add(source, incident);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        save.addClickListener(click -> {
            if (binder.validate().isOk()) {
                save(binder.getBean());
            }
        });
        Button cancel = new Button("Cancel", click -> UI.getCurrent().getPage().getHistory().back());
        cancel.addClickShortcut(Key.ESCAPE);
        historySection.setWidthFull();
        add(heading, workflow, form, new HorizontalLayout(save, cancel), historySection);
        showSpeakerFields(false);
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

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = RouteIds.longId(event, "id");
        workflow.removeAll();
        history.removeAll();
        historySection.setVisible(id.isPresent());
        if (id.isPresent()) {
            StatementData data = statements.edit(id.get()).orElse(null);
            EditorialStatus status = statements.status(id.get()).orElse(null);
            if (data == null || status == null) {
                event.rerouteToError(NotFoundException.class, "No such statement.");
                return;
            }
            heading.setText("Edit statement");
            edit(data);
            workflow.add(new WorkflowBar(review, ItemType.STATEMENT, id.get(), status, () -> UI.getCurrent().refreshCurrentRoute(false)));
            history.add(new HistoryPanel(statements.history(id.get()), revision -> {
                statements.restore(id.get(), revision, status.version());
                UI.getCurrent().refreshCurrentRoute(false);
            }));
        } else {
            heading.setText("New statement");
            edit(prefill(event.getLocation().getQueryParameters().getParameters()));
        }
    }

    private void edit(StatementData data) {
        newSpeaker.setValue(false);
        binder.setBean(data);
        errors.clear();
    }

    /** A new statement about an incident, or from a source with the selected passage as its quote. */
    private StatementData prefill(Map<String, List<String>> query) {
        StatementData data = new StatementData();
        first(query, "incident").flatMap(incidents::details).ifPresent(found -> {
            data.setIncidentId(found.id());
            data.setIncidentLabel(found.title());
        });
        first(query, "source").flatMap(sources::details).ifPresent(found -> {
            data.setSourceId(found.id());
            data.setSourceLabel(found.outlet() + ": " + found.titleOriginal());
            String quote = query.getOrDefault("quote", List.of("")).getFirst();
            if (!quote.isBlank()) {
                data.setQuoteOriginal(quote);
                data.setQuoteLanguage(found.language());
            }
        });
        return data;
    }

    private static java.util.Optional<Long> first(Map<String, List<String>> query, String key) {
        return query.getOrDefault(key, List.of()).stream().filter(v -> v.matches("\\d+")).map(Long::valueOf).findFirst();
    }

    private void save(StatementData data) {
        EditorSave.save(data, statements::save, errors,
                id -> UI.getCurrent().navigate(StatementEditorView.class, new RouteParameters("id", String.valueOf(id))), this::edit);
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " · Sanctions Monitor";
    }
}
