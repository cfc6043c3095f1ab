package org.sanctionsmonitor.resolution.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.sanctionsmonitor.base.ui.RowsField;
import org.sanctionsmonitor.editorial.ui.EditorForm;
import org.sanctionsmonitor.resolution.MeasureType;
import org.sanctionsmonitor.resolution.ResolutionData;
import org.sanctionsmonitor.resolution.Verification;

/**
 * The resolution form: its facts, its vote, and its provisions paragraph by paragraph, each with the periods it was in
 * force (a termination ends a period; a restoration, such as a snapback, starts a new one).
 */
class ResolutionForm extends EditorForm<ResolutionData> {

    final IntegerField number = new IntegerField("Number");
    final Select<ResolutionData.RegimeData> regime = new Select<>();
    final DatePicker adoptedOn = new DatePicker("Adopted on");
    final TextField meeting = new TextField("Meeting");
    final TextField title = new TextField("Title");
    final IntegerField votesFor = new IntegerField("Votes for");
    final IntegerField votesAgainst = new IntegerField("Against");
    final IntegerField votesAbstain = new IntegerField("Abstentions");
    final TextField voteText = new TextField("Vote, in words");
    final TextArea summary = new TextArea("Summary");
    final TextField url = new TextField("Official record");
    final TextArea notes = new TextArea("Editors' notes");
    final RowsField<ResolutionData.ProvisionData> provisions;

    ResolutionForm(List<ResolutionData.RegimeData> regimes) {
        super(ResolutionData.class);
        regime.setLabel("Sanctions regime");
        regime.setItems(regimes);
        regime.setItemLabelGenerator(ResolutionData.RegimeData::name);
        title.setRequiredIndicatorVisible(true);
        url.setPlaceholder("https://…");
        voteText.setPlaceholder("e.g. adopted unanimously");
        notes.setHelperText("Visible to readers: caveats, what is not verified.");
        provisions = new RowsField<>("Provisions", "Add a paragraph", ProvisionRow::new);

        binder.forField(number).bind("number");
        binder.forField(regime).bind(d -> regimes.stream().filter(r -> r.code().equals(d.getRegimeCode())).findFirst().orElse(null),
                (d, r) -> d.setRegimeCode(r == null ? null : r.code()));
        binder.forField(adoptedOn).bind("adoptedOn");
        binder.forField(meeting).bind("meeting");
        binder.forField(title).bind("title");
        binder.forField(votesFor).bind("votesFor");
        binder.forField(votesAgainst).bind("votesAgainst");
        binder.forField(votesAbstain).bind("votesAbstain");
        binder.forField(voteText).bind("voteText");
        binder.forField(summary).bind("summary");
        binder.forField(url).bind("url");
        binder.forField(notes).bind("notes");
        binder.forField(provisions).bind(ResolutionData::getProvisions, ResolutionData::setProvisions);
        errors().map("regimeCode", regime).map("provisions", provisions);

        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        fields.add(number, regime, adoptedOn, meeting);
        fields.add(title, 4);
        fields.add(votesFor, votesAgainst, votesAbstain, voteText);
        fields.add(summary, 4);
        fields.add(url, 4);
        fields.add(provisions, 4);
        fields.add(notes, 4);
        layout(fields);
    }

    /** One paragraph: label, kind of measure, binding or not, verified or not, summary, and its periods in force. */
    private static final class ProvisionRow implements RowsField.RowEditor<ResolutionData.ProvisionData> {
        private Long id;
        private final TextField label = new TextField();
        private final Select<MeasureType> measureType = new Select<>();
        private final Checkbox binding = new Checkbox("Binding");
        private final Select<Verification> verification = new Select<>();
        private final TextArea summary = new TextArea();
        private final TextField verificationNote = new TextField();
        private final RowsField<ResolutionData.PeriodData> periods = new RowsField<>("In force", "Add a period", PeriodRow::new);

        ProvisionRow() {
            label.setPlaceholder("Paragraph, e.g. OP8(b)");
            label.setAriaLabel("Paragraph label");
            measureType.setItems(MeasureType.values());
            measureType.setItemLabelGenerator(MeasureType::label);
            measureType.setPlaceholder("Kind of measure");
            measureType.setAriaLabel("Kind of measure");
            verification.setItems(Verification.values());
            verification.setItemLabelGenerator(Verification::label);
            verification.setValue(Verification.UNVERIFIED);
            verification.setAriaLabel("Verification");
            summary.setPlaceholder("What the paragraph requires");
            summary.setAriaLabel("Summary of the paragraph");
            summary.setWidth("min(40em, 100%)");
            verificationNote.setPlaceholder("How it was verified, or what is not");
            verificationNote.setAriaLabel("Verification note");
            verificationNote.setWidth("min(28em, 100%)");
            periods.setHelperText("From the day it came into force up to the day it lapsed; leave the end empty while in force.");
        }

        @Override
        public Component component() {
            HorizontalLayout first = new HorizontalLayout(label, measureType, binding, verification);
            first.setWrap(true);
            first.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            Div paragraph = new Div(first, summary, verificationNote, periods);
            paragraph.addClassName("provision-row");
            return paragraph;
        }

        @Override
        public ResolutionData.ProvisionData getValue() {
            return new ResolutionData.ProvisionData(id, label.getValue(), measureType.getValue(), summary.getValue(), binding.getValue(),
                    verification.getValue(), verificationNote.getValue(), periods.getValue());
        }

        @Override
        public void setValue(ResolutionData.ProvisionData value) {
            id = value.id();
            label.setValue(value.label() == null ? "" : value.label());
            measureType.setValue(value.measureType());
            binding.setValue(value.binding());
            verification.setValue(value.verification());
            summary.setValue(value.summary() == null ? "" : value.summary());
            verificationNote.setValue(value.verificationNote() == null ? "" : value.verificationNote());
            periods.setValue(value.periods() == null ? List.of() : value.periods());
        }

        @Override
        public void onChange(Runnable onChange) {
            label.addValueChangeListener(e -> onChange.run());
            measureType.addValueChangeListener(e -> onChange.run());
            binding.addValueChangeListener(e -> onChange.run());
            verification.addValueChangeListener(e -> onChange.run());
            summary.addValueChangeListener(e -> onChange.run());
            verificationNote.addValueChangeListener(e -> onChange.run());
            periods.addValueChangeListener(e -> onChange.run());
        }
    }

    private static final class PeriodRow implements RowsField.RowEditor<ResolutionData.PeriodData> {
        private final DatePicker from = new DatePicker();
        private final DatePicker until = new DatePicker();
        private final TextField note = new TextField();

        PeriodRow() {
            from.setPlaceholder("In force from");
            from.setAriaLabel("In force from");
            until.setPlaceholder("Lapsed on (empty: in force)");
            until.setAriaLabel("Lapsed on");
            note.setPlaceholder("e.g. restored by the snapback");
            note.setAriaLabel("Note on this period");
        }

        @Override
        public Component component() {
            HorizontalLayout row = new HorizontalLayout(from, until, note);
            row.setWrap(true);
            return row;
        }

        @Override
        public ResolutionData.PeriodData getValue() {
            return new ResolutionData.PeriodData(from.getValue(), until.getValue(), note.getValue());
        }

        @Override
        public void setValue(ResolutionData.PeriodData value) {
            from.setValue(value.from());
            until.setValue(value.until());
            note.setValue(value.note() == null ? "" : value.note());
        }

        @Override
        public void onChange(Runnable onChange) {
            from.addValueChangeListener(e -> onChange.run());
            until.addValueChangeListener(e -> onChange.run());
            note.addValueChangeListener(e -> onChange.run());
        }
    }
}
