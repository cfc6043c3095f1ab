package org.sanctionsmonitor.incident.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.Function;
import org.sanctionsmonitor.base.ui.FieldLimits;
import org.sanctionsmonitor.base.ui.RowsField;
import org.sanctionsmonitor.editorial.ui.EditorForm;
import org.sanctionsmonitor.country.CountryOption;
import org.sanctionsmonitor.incident.Confidence;
import org.sanctionsmonitor.base.DatePrecision;
import org.sanctionsmonitor.incident.CategoryOption;
import org.sanctionsmonitor.incident.IncidentData;
import org.sanctionsmonitor.incident.IncidentKind;
import org.sanctionsmonitor.incident.IncidentStatus;
import org.sanctionsmonitor.incident.PartyRole;
import org.sanctionsmonitor.resolution.ProvisionOption;
import org.sanctionsmonitor.resolution.ProvisionSearch;
import org.sanctionsmonitor.source.SourceOption;

/** The incident form: given the choices to offer, it edits an {@link IncidentData}. */
class IncidentForm extends EditorForm<IncidentData> {

    /** True while {@link #edit} fills the fields from a record, not from the editor. */
    private boolean loading;

    final RadioButtonGroup<IncidentKind> kind = new RadioButtonGroup<>("Kind");
    final TextField title = new TextField("Title");
    final Select<CategoryOption> category = new Select<>();
    final DatePicker dateFrom = new DatePicker("From");
    final DatePicker dateTo = new DatePicker("To");
    final Select<DatePrecision> datePrecision = new Select<>();
    final TextField place = new TextField("Place");
    final BigDecimalField latitude = new BigDecimalField("Latitude");
    final BigDecimalField longitude = new BigDecimalField("Longitude");
    final Select<IncidentStatus> status = new Select<>();
    final Select<Confidence> confidence = new Select<>();
    final TextArea summary = new TextArea("Summary");
    final TextArea notes = new TextArea("Editors' notes");
    final RowsField<IncidentData.PartyData> parties;
    final RowsField<IncidentData.ProvisionData> provisions;
    final RowsField<IncidentData.SourceData> sources;
    private final List<PartyRow> partyRows = new ArrayList<>();

    IncidentForm(List<CountryOption> countries, List<CategoryOption> categories, List<ProvisionOption> provisionOptions,
            SourcePicker sourcePicker) {
        super(IncidentData.class);
        kind.setItems(IncidentKind.values());
        kind.setItemLabelGenerator(IncidentKind::label);
        title.setRequiredIndicatorVisible(true);
        title.setAutofocus(true);
        category.setLabel("Category");
        category.setItems(categories);
        category.setItemLabelGenerator(c -> c.retired() ? c.label() + " (retired)" : c.label());
        category.setItemEnabledProvider(c -> !c.retired());
        choices(datePrecision, "Date known to the", DatePrecision.values(), p -> p.name().toLowerCase());
        choices(status, "Status", IncidentStatus.values(), IncidentStatus::label);
        choices(confidence, "Confidence", Confidence.values(), Confidence::label);
        dateFrom.setRequiredIndicatorVisible(true);
        dateTo.setRequiredIndicatorVisible(true);
        // Only while editing: when a record is loaded, its own end date (or none) comes next and must stay.
        dateFrom.addValueChangeListener(e -> {
            if (!loading && dateTo.isEmpty() && e.getValue() != null) {
                dateTo.setValue(e.getValue());
            }
        });
        latitude.setPlaceholder("e.g. 42.2");
        longitude.setPlaceholder("e.g. 130.3");
        notes.setHelperText("Visible to readers: caveats, discrepancies between sources.");

        parties = new RowsField<>("Countries and their roles", "Add a country", () -> {
            PartyRow row = new PartyRow(countries, kind::getValue);
            partyRows.add(row);
            return row;
        });
        parties.setHelperText("An alleged violation: supplier, recipient, transit or flag state. An event: participant, host"
                + " or subject.");
        kind.addValueChangeListener(e -> partyRows.forEach(PartyRow::offerRolesOfKind));
        provisions = new RowsField<>("Provisions allegedly breached", "Add a provision", () -> new ProvisionRow(provisionOptions));
        sources = new RowsField<>("Sources", "Cite a source", () -> new SourceRow(sourcePicker));

        binder.forField(kind).bind("kind");
        binder.forField(title).bind("title");
        binder.forField(category).bind(d -> categories.stream().filter(c -> c.code().equals(d.getCategory())).findFirst().orElse(null),
                (d, c) -> {
                    d.setCategory(c == null ? null : c.code());
                    d.setCategoryLabel(c == null ? null : c.label());
                });
        errors().map("category", category);
        binder.forField(dateFrom).bind("dateFrom");
        binder.forField(dateTo)
                .withValidator(to -> to == null || dateFrom.getValue() == null || !to.isBefore(dateFrom.getValue()),
                        "The end date cannot be before the start date.")
                .bind("dateTo");
        binder.forField(datePrecision).bind("datePrecision");
        binder.forField(place).bind("place");
        binder.forField(latitude).bind("latitude");
        binder.forField(longitude).bind("longitude");
        binder.forField(status).bind("status");
        binder.forField(confidence).bind("confidence");
        binder.forField(summary).bind("summary");
        binder.forField(notes).bind("notes");
        binder.forField(parties).bind(IncidentData::getParties, IncidentData::setParties);
        binder.forField(provisions).bind(IncidentData::getProvisions, IncidentData::setProvisions);
        binder.forField(sources).bind(IncidentData::getSources, IncidentData::setSources);

        errors().map("parties", parties).map("provisions", provisions).map("sources", sources);

        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        fields.add(kind, 4);
        fields.add(title, 4);
        fields.add(category, dateFrom, dateTo, datePrecision);
        fields.add(status, confidence, latitude, longitude);
        fields.add(place, 4);
        fields.add(summary, 4);
        fields.add(parties, 4);
        fields.add(provisions, 4);
        fields.add(sources, 4);
        fields.add(notes, 4);

        layout(fields);
    }

    @Override
    public void edit(IncidentData data) {
        loading = true;
        try {
            super.edit(data);
        } finally {
            loading = false;
        }
    }

    private static <T> void choices(Select<T> select, String label, T[] values, Function<T, String> labels) {
        select.setLabel(label);
        select.setItems(values);
        select.setItemLabelGenerator(labels::apply);
    }

    /** Looks up sources as the editor types; given by the view, so the form stays free of services. */
    interface SourcePicker {
        List<SourceOption> find(String text, int offset, int limit);
    }

    /** A country and its role; the roles offered are those that fit the incident's kind. */
    private static final class PartyRow implements RowsField.RowEditor<IncidentData.PartyData> {
        private final ComboBox<CountryOption> country = new ComboBox<>();
        private final Select<PartyRole> role = new Select<>();
        private final List<CountryOption> countries;
        private final Supplier<IncidentKind> kind;

        PartyRow(List<CountryOption> countries, Supplier<IncidentKind> kind) {
            this.countries = countries;
            this.kind = kind;
            country.setItems(countries);
            country.setItemLabelGenerator(CountryOption::label);
            country.setPlaceholder("Country");
            country.setAriaLabel("Country");
            role.setItems(PartyRole.values());
            role.setItemLabelGenerator(PartyRole::label);
            role.setPlaceholder("Role");
            role.setAriaLabel("Role");
            offerRolesOfKind();
        }

        void offerRolesOfKind() {
            IncidentKind current = kind.get();
            role.setItemEnabledProvider(option -> current == null || option.fits(current));
        }

        @Override
        public Component component() {
            return row(country, role);
        }

        @Override
        public IncidentData.PartyData getValue() {
            return new IncidentData.PartyData(country.getValue() == null ? null : country.getValue().code(), role.getValue());
        }

        @Override
        public void setValue(IncidentData.PartyData value) {
            country.setValue(countries.stream().filter(c -> c.code().equals(value.countryCode())).findFirst().orElse(null));
            role.setValue(value.role());
        }

        @Override
        public void onChange(Runnable onChange) {
            country.addValueChangeListener(e -> onChange.run());
            role.addValueChangeListener(e -> onChange.run());
        }
    }

    private static final class ProvisionRow implements RowsField.RowEditor<IncidentData.ProvisionData> {
        private final ComboBox<ProvisionOption> provision = new ComboBox<>();
        private final TextArea rationale = new TextArea();
        private final List<ProvisionOption> options;

        ProvisionRow(List<ProvisionOption> options) {
            this.options = options;
            // Ranked on the server, so "1718 OP8" or "2231 Annex B para 4" finds its paragraph first.
            provision.setItems(query -> ProvisionSearch.rank(options, query.getFilter().orElse("")).stream()
                    .skip(query.getOffset()).limit(query.getLimit()));
            provision.setItemLabelGenerator(p -> p.citation() + " – " + abbreviate(p.summary(), 90));
            provision.setPlaceholder("Resolution and paragraph, e.g. 1718 OP8");
            provision.setAriaLabel("Provision");
            provision.setWidth("min(28em, 100%)");
            rationale.setPlaceholder("Why this provision applies");
            FieldLimits.show(rationale, IncidentData.ProvisionData.class, "rationale");
            rationale.setAriaLabel("Rationale");
            rationale.setWidth("min(28em, 100%)");
        }

        @Override
        public Component component() {
            return row(provision, rationale);
        }

        @Override
        public IncidentData.ProvisionData getValue() {
            ProvisionOption chosen = provision.getValue();
            return new IncidentData.ProvisionData(chosen == null ? null : chosen.id(), chosen == null ? null : chosen.citation(),
                    rationale.getValue());
        }

        @Override
        public void setValue(IncidentData.ProvisionData value) {
            provision.setValue(options.stream().filter(o -> value.provisionId() != null && o.id() == value.provisionId())
                    .findFirst().orElse(null));
            rationale.setValue(value.rationale() == null ? "" : value.rationale());
        }

        @Override
        public void onChange(Runnable onChange) {
            provision.addValueChangeListener(e -> onChange.run());
            rationale.addValueChangeListener(e -> onChange.run());
        }
    }

    private static final class SourceRow implements RowsField.RowEditor<IncidentData.SourceData> {
        private final ComboBox<SourceOption> source = new ComboBox<>();
        private final TextArea quote = new TextArea();
        private final TextField note = new TextField();

        SourceRow(SourcePicker picker) {
            source.setItems(query -> picker.find(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
            source.setItemLabelGenerator(SourceOption::label);
            source.setPlaceholder("Search sources by outlet or title");
            source.setAriaLabel("Source");
            source.setWidth("min(28em, 100%)");
            quote.setPlaceholder("Supporting passage, in the source's language");
            FieldLimits.show(quote, IncidentData.SourceData.class, "supportingQuote");
            quote.setAriaLabel("Supporting quote");
            quote.setWidth("min(28em, 100%)");
            note.setPlaceholder("Note: how it differs from what is established");
            FieldLimits.show(note, IncidentData.SourceData.class, "note");
            note.setAriaLabel("Note");
            note.setWidth("min(20em, 100%)");
        }

        @Override
        public Component component() {
            return row(source, quote, note);
        }

        @Override
        public IncidentData.SourceData getValue() {
            SourceOption chosen = source.getValue();
            return new IncidentData.SourceData(chosen == null ? null : chosen.id(), chosen == null ? null : chosen.label(),
                    quote.getValue(), note.getValue());
        }

        @Override
        public void setValue(IncidentData.SourceData value) {
            source.setValue(value.sourceId() == null ? null : new SourceOption(value.sourceId(), value.title()));
            quote.setValue(value.supportingQuote() == null ? "" : value.supportingQuote());
            note.setValue(value.note() == null ? "" : value.note());
        }

        @Override
        public void onChange(Runnable onChange) {
            source.addValueChangeListener(e -> onChange.run());
            quote.addValueChangeListener(e -> onChange.run());
            note.addValueChangeListener(e -> onChange.run());
        }
    }

    /** The fields of one row, wrapping onto the next line on narrow screens. */
    private static HorizontalLayout row(Component... fields) {
        HorizontalLayout row = new HorizontalLayout(fields);
        row.setWrap(true);
        row.setWidthFull();
        return row;
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
