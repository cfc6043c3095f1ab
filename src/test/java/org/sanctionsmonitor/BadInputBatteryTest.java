package org.sanctionsmonitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanctionsmonitor.incident.IncidentKind;
import org.sanctionsmonitor.source.TranslationMethod;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The bad-input battery over every form: each text field of each form gets markup and script, SQL metacharacters, a
 * megabyte, a NUL character, a broken surrogate, right-to-left, CJK and emoji text and blanks; each date field
 * impossible and edge dates; each number field edge numbers. Every attempt must end in one of two ways: saved exactly
 * as typed, or refused with a worded message, keeping everything typed and writing nothing at all. Never a server
 * error, never an ERROR in the log. The fields are found by the test itself (every visible text, date and number
 * field of the form), so a new field is attacked without anyone remembering. All failures are reported together.
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
@WithMockUser(username = "battery-admin", roles = {"VIEWER", "EDITOR", "ADMIN"})
class BadInputBatteryTest extends SpringBrowserlessTest {

    /** What goes into text fields. */
    static final Map<String, String> TEXTS = new LinkedHashMap<>();

    static {
        TEXTS.put("markup and script", "<script>alert('x')</script><img src=x onerror=alert(1)><b>bold</b> &amp; &lt;");
        TEXTS.put("SQL metacharacters", "'; DROP TABLE incident; -- \" \\ %_ $1 ? ' OR '1'='1 /* */");
        TEXTS.put("a megabyte", "x".repeat(1 << 20));
        TEXTS.put("a megabyte web address", "https://example.org/" + "a".repeat(1 << 20));
        TEXTS.put("a NUL character", "before\u0000after");
        TEXTS.put("a broken surrogate", "half an emoji \uD83D here");
        TEXTS.put("right-to-left", "إيران تنفي تزويد روسيا بطائرات مسيّرة \u202Egnp.exe");
        TEXTS.put("CJK", "朝鲜向俄罗斯提供炮弹 북한 포탄 北朝鮮の砲弾");
        TEXTS.put("emoji", "💣🚀 🇰🇵→🇷🇺 👩🏽‍💻");
        TEXTS.put("blanks", "   \t  ");
    }

    static final Map<String, LocalDate> DATES = new LinkedHashMap<>();

    static {
        DATES.put("year 1", LocalDate.of(1, 1, 1));
        DATES.put("before the common era", LocalDate.of(-5000, 1, 1));
        DATES.put("the smallest date", LocalDate.MIN);
        DATES.put("the largest date", LocalDate.MAX);
        DATES.put("year 9999", LocalDate.of(9999, 12, 31));
        DATES.put("year 6000000", LocalDate.of(6_000_000, 1, 1));
        DATES.put("29 February", LocalDate.of(2024, 2, 29));
        DATES.put("the year 2150", LocalDate.of(2150, 6, 30));
    }

    static final Map<String, Integer> INTEGERS = Map.of("the largest int", Integer.MAX_VALUE, "the smallest int", Integer.MIN_VALUE,
            "minus one", -1, "ten digits", 1_000_000_000);

    static final Map<String, BigDecimal> DECIMALS = Map.of("1e400", new BigDecimal("1e400"), "-1e-400", new BigDecimal("-1e-400"),
            "90.000000000000000000001", new BigDecimal("90.000000000000000000001"));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    private final List<String> failures = new ArrayList<>();
    private final List<Runnable> cleanups = new ArrayList<>();
    private int attempts;
    private int counter;

    @AfterEach
    void removeWhatWasSaved() {
        cleanups.forEach(Runnable::run);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"incident", "source", "statement", "resolution", "category", "user"})
    void every_field_of_the_form_answers_bad_input_with_a_worded_message_or_saves_it_exactly_and_never_fails(String form,
            CapturedOutput log) {
        Form target = forms().get(form);
        target.open();
        List<String> fields = fieldLabels(target);
        assertThat(fields).as("fields found in the " + form + " form").isNotEmpty();
        Map<String, Map<String, ?>> plan = new LinkedHashMap<>();
        fields.forEach(label -> plan.put(label, inputsFor(field(target, label))));
        plan.forEach((label, inputs) -> inputs.forEach((name, value) -> attack(target, label, name, value, log)));
        System.out.printf("Bad-input battery, %s form: %d fields, %d attempts, %d failures%n", form, fields.size(), attempts,
                failures.size());
        assertThat(failures).as("bad input in the " + form + " form that was not answered with a worded message or saved exactly")
                .isEmpty();
    }

    private static Map<String, ?> inputsFor(HasValue<?, ?> field) {
        if (field instanceof DatePicker) {
            return DATES;
        }
        if (field instanceof IntegerField) {
            return INTEGERS;
        }
        if (field instanceof BigDecimalField) {
            return DECIMALS;
        }
        return TEXTS;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void attack(Form form, String label, String inputName, Object bad, CapturedOutput log) {
        long started = System.nanoTime();
        try {
            attempt(form, label, inputName, bad, log);
        } finally {
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (millis > 300) {
                System.out.printf("Bad-input battery: %s / %s / %s took %d ms%n", form.name, label, inputName, millis);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void attempt(Form form, String label, String inputName, Object bad, CapturedOutput log) {
        attempts++;
        String what = form.name + " / " + label + " / " + inputName;
        if (!form.isOpen()) {
            form.open();
        }
        HasValue field = field(form, label);
        Object before = field.getValue();
        Map<String, Integer> rowsBefore = rowCounts();
        int logged = log.length();
        try {
            if (field instanceof PasswordField) {
                fieldsOfType(form, PasswordField.class).forEach(password -> password.setValue((String) bad));
            } else {
                field.setValue(bad);
            }
            test(form.saveButton()).click();
        } catch (RuntimeException | AssertionError failure) {
            failures.add(what + ": a server error: " + failure);
            form.reset();
            return;
        }
        String newLog = log.toString().substring(logged);
        if (newLog.contains(" ERROR ") || newLog.contains("Exception")) {
            failures.add(what + ": logged an error: " + firstLines(newLog));
        }
        Map<String, Integer> rowsAfter = rowCounts();
        if (!rowsAfter.equals(rowsBefore)) {
            if (field instanceof PasswordField) {
                if (!form.storedPasswordIs((String) bad)) {
                    failures.add(what + ": saved, but the password does not sign in");
                }
            } else {
                String stored = form.storedValue(label);
                if (!sameValue(bad, stored)) {
                    failures.add(what + ": saved, but not as typed: stored " + (stored == null ? "nothing" : abbreviate(stored)));
                }
            }
            form.removeSaved();
            return;
        }
        if (!form.isOpen()) {
            failures.add(what + ": the form closed, but nothing was saved");
            return;
        }
        Object shown = field.getValue();
        if (!(field instanceof PasswordField) && !sameValue(bad, shown == null ? null : String.valueOf(shown))) {
            failures.add(what + ": what was typed is lost: the field shows " + abbreviate(String.valueOf(shown)));
        }
        List<String> invalid = invalidFields(form);
        if (invalid.isEmpty() && !form.showsANotice()) {
            failures.add(what + ": refused without a worded message");
        } else if (!invalid.isEmpty() && !invalid.contains(label) && !invalid.contains(form.partners.get(label))
                && !(field instanceof PasswordField && invalid.stream().anyMatch(l -> l.contains("assword")))) {
            failures.add(what + ": refused, but the message is at another field: " + invalid + ": " + form.messages());
        }
        if (field instanceof PasswordField) {
            fieldsOfType(form, PasswordField.class).forEach(password -> password.setValue((String) before));
        } else {
            field.setValue(before);
        }
    }

    /** Saved as typed: text compared without surrounding blanks (blank text is stored as nothing), numbers by value. */
    private static boolean sameValue(Object typed, String stored) {
        if (typed instanceof String text) {
            return text.isBlank() ? stored == null || stored.isBlank() : stored != null && text.strip().equals(stored.strip());
        }
        if (typed instanceof BigDecimal number) {
            return stored != null && number.compareTo(new BigDecimal(stored)) == 0;
        }
        return String.valueOf(typed).equals(stored);
    }

    /** The labels of the form's fields that show a message now. */
    private List<String> invalidFields(Form form) {
        return $(Component.class, form.root()).all().stream()
                .filter(c -> c instanceof HasValidation v && v.isInvalid() && v.getErrorMessage() != null && !v.getErrorMessage().isBlank())
                .map(BadInputBatteryTest::label).map(l -> l == null ? "(a field without a label)" : l).toList();
    }

    // ---- the forms ----

    /** A form: where it opens, how it is filled with valid values, and how a saved item is read back and removed. */
    abstract class Form {
        final String name;
        final String location;
        /** Fields whose rule may be reported at the other one: a start date after the end date is reported at the end. */
        final Map<String, String> partners = Map.of("From", "To", "Published", "Retrieved", "Said on", "Reported on",
                "New speaker's name", "Speakers");

        Form(String name, String location) {
            this.name = name;
            this.location = location;
        }

        /** Opens the form and fills every required field with a valid value. */
        void open() {
            leaveWithoutSaving();
            Navigation.open(location, Object.class);
            counter++;
            fill(counter);
        }

        abstract void fill(int n);

        /** The form's content: the view, or the dialog it opened. */
        Component root() {
            return (Component) Navigation.currentView();
        }

        boolean isOpen() {
            return Navigation.currentLocation().equals(location);
        }

        Button saveButton() {
            return $(Button.class, root()).withText("Save").single();
        }

        /** The value of the field with this label, as it was saved, read back from the item's editor. */
        abstract String storedValue(String label);

        abstract void removeSaved();

        void reset() {
            open();
        }

        /** A message about the form as a whole. */
        boolean showsANotice() {
            return $(Notification.class).all().stream().anyMatch(n -> n.isOpened() && test(n).getText().startsWith("Not saved"));
        }

        String messages() {
            return $(Component.class, root()).all().stream().filter(c -> c instanceof HasValidation v && v.isInvalid())
                    .map(c -> ((HasValidation) c).getErrorMessage()).toList().toString();
        }

        boolean storedPasswordIs(String password) {
            throw new AssertionError("The " + name + " form has no password");
        }
    }

    /** An editor page ({@code …/new}) whose Save leads to the item's page. */
    abstract class EditorPage extends Form {
        private String savedAt;

        EditorPage(String name, String location) {
            super(name, location);
        }

        @Override
        String storedValue(String label) {
            savedAt = Navigation.currentLocation();
            Navigation.open(editorOf(savedAt), Object.class);
            HasValue<?, ?> field = $(Component.class, root()).all().stream().filter(c -> label.equals(label(c)) && c instanceof HasValue<?, ?>)
                    .map(c -> (HasValue<?, ?>) c).findFirst().orElseThrow(() -> new AssertionError("No field " + label + " when reopened"));
            Object value = field.getValue();
            return value == null ? null : String.valueOf(value);
        }

        /** The editor's location for the page a save led to. */
        String editorOf(String page) {
            return page.endsWith("/edit") ? page : page + "/edit";
        }

        long savedId() {
            return Long.parseLong(savedAt.replaceAll("\\D+", " ").trim().split(" ")[0]);
        }

        @Override
        void removeSaved() {
            remove(savedId());
            savedAt = null;
        }

        abstract void remove(long id);
    }

    private Map<String, Form> forms() {
        Map<String, Form> forms = new LinkedHashMap<>();
        forms.put("incident", new EditorPage("incident", "incidents/new") {
            @Override
            void fill(int n) {
                $(RadioButtonGroup.class).withLabel("Kind").single().setValue(IncidentKind.EVENT);
                $(TextField.class).withLabel("Title").single().setValue("Battery incident " + n);
                Select<?> category = $(Select.class).withLabel("Category").single();
                test(category).selectItem(test(category).getSuggestions().getFirst());
                $(DatePicker.class).withLabel("From").single().setValue(LocalDate.of(2024, 3, 1));
                $(DatePicker.class).withLabel("To").single().setValue(LocalDate.of(2024, 3, 2));
                $(BigDecimalField.class).withLabel("Latitude").single().setValue(new BigDecimal("39.0"));
                $(BigDecimalField.class).withLabel("Longitude").single().setValue(new BigDecimal("125.7"));
            }

            @Override
            void remove(long id) {
                deleteIncident(id);
            }
        });
        forms.put("source", new EditorPage("source", "sources/new") {
            @Override
            void fill(int n) {
                $(TextField.class).withLabel("Outlet").single().setValue("Battery outlet");
                $(TextField.class).withLabel("Web address").single().setValue("https://example.org/battery/" + n);
                $(TextField.class).withLabel("Title").single().setValue("Battery source " + n);
                $(RadioButtonGroup.class).withLabel("Translation made by").single().setValue(TranslationMethod.HUMAN);
                // A translation needs its translator, and a review date its reviewer: both given, so that each
                // translation field is tried on its own.
                $(TextField.class).withLabel("Translated by").single().setValue("Battery translator");
                $(TextField.class).withLabel("Reviewed by").single().setValue("Battery reviewer");
            }

            @Override
            void remove(long id) {
                jdbc.sql("DELETE FROM pending_revision WHERE item_type = 'SOURCE' AND item_id = :id").param("id", id).update();
                jdbc.sql("DELETE FROM source WHERE id = :id").param("id", id).update();
            }
        });
        forms.put("statement", new EditorPage("statement", "statements/new") {
            @Override
            void fill(int n) {
                Checkbox newSpeaker = $(Checkbox.class).withLabel("A new speaker too").single();
                if (!newSpeaker.getValue()) {
                    test(newSpeaker).click();
                }
                $(TextField.class).withLabel("New speaker's name").single().setValue("Battery speaker " + n);
                $(DatePicker.class).withLabel("Said on").single().setValue(LocalDate.of(2024, 3, 1));
                test($(Select.class).withLabel("Stance").single()).selectItem("Denies");
                $(TextArea.class).withLabel("What was said (editors' summary, English)").single().setValue("Battery summary " + n);
                $(TextArea.class).withLabel("Quote, in the original language").single().setValue("Battery quote " + n);
                $(ComboBox.class).withLabel("Language of the quote").single().setValue("en");
                // As for sources: the quote's translator, method and reviewer given, so each field is tried on its own.
                $(TextField.class).withLabel("Translated by").single().setValue("Battery translator");
                $(RadioButtonGroup.class).withLabel("Translation made by").single().setValue(TranslationMethod.HUMAN);
                $(TextField.class).withLabel("Translation reviewed by").single().setValue("Battery reviewer");
            }

            @Override
            String storedValue(String label) {
                if (!label.startsWith("New speaker's name") && !label.equals("Title or role")) {
                    return super.storedValue(label);
                }
                long id = Long.parseLong(Navigation.currentLocation().replaceAll("\\D+", " ").trim().split(" ")[0]);
                super.storedValue("Stance"); // remembers where the save led
                return jdbc.sql("SELECT CASE WHEN :label = 'Title or role' THEN a.title ELSE a.name END FROM actor a "
                        + "JOIN statement_speaker s ON s.actor_id = a.id WHERE s.statement_id = :id")
                        .param("label", label).param("id", id).query(String.class).optional().orElse(null);
            }

            @Override
            void remove(long id) {
                List<Long> speakers = jdbc.sql("SELECT actor_id FROM statement_speaker WHERE statement_id = :id").param("id", id)
                        .query(Long.class).list();
                jdbc.sql("DELETE FROM pending_revision WHERE item_type = 'STATEMENT' AND item_id = :id").param("id", id).update();
                jdbc.sql("DELETE FROM statement WHERE id = :id").param("id", id).update();
                speakers.forEach(actor -> jdbc.sql("DELETE FROM actor WHERE id = :id AND name LIKE 'Battery speaker%'")
                        .param("id", actor).update());
            }
        });
        forms.put("resolution", new EditorPage("resolution", "resolutions/new") {
            @Override
            void fill(int n) {
                $(IntegerField.class).withLabel("Number").single().setValue(9000 + n);
                Select<?> regime = $(Select.class).withLabel("Sanctions regime").single();
                test(regime).selectItem(test(regime).getSuggestions().getFirst());
                $(DatePicker.class).withLabel("Adopted on").single().setValue(LocalDate.of(2024, 3, 1));
                $(TextField.class).withLabel("Title").single().setValue("Battery resolution " + n);
            }

            @Override
            long savedId() {
                return jdbc.sql("SELECT max(id) FROM resolution").query(Long.class).single();
            }

            @Override
            void remove(long id) {
                jdbc.sql("DELETE FROM pending_revision WHERE item_type = 'RESOLUTION' AND item_id = :id").param("id", id).update();
                jdbc.sql("DELETE FROM resolution WHERE id = :id").param("id", id).update();
            }
        });
        forms.put("category", new Form("category", "admin/categories") {
            private String code;

            @Override
            void fill(int n) {
                test($(Button.class).withText("New category").single()).click();
                code = "BATTERY_" + n;
                $(TextField.class, root()).withLabel("Code").single().setValue(code);
                $(TextField.class, root()).withLabel("Name").single().setValue("Battery category " + n);
            }

            @Override
            Component root() {
                return $(Dialog.class).last();
            }

            @Override
            boolean isOpen() {
                return $(Dialog.class).all().stream().anyMatch(Dialog::isOpened);
            }

            @Override
            String storedValue(String label) {
                return jdbc.sql("SELECT CASE :label WHEN 'Code' THEN code WHEN 'Name' THEN label ELSE description END "
                        + "FROM incident_category WHERE code LIKE 'BATTERY%' OR label LIKE 'Battery category%' LIMIT 1")
                        .param("label", label).query(String.class).optional().orElse(null);
            }

            @Override
            void removeSaved() {
                jdbc.sql("DELETE FROM incident_category WHERE code LIKE 'BATTERY%' OR label LIKE 'Battery category%'").update();
                $(Dialog.class).all().forEach(Dialog::close);
            }

            @Override
            void open() {
                $(Dialog.class).all().forEach(Dialog::close);
                super.open();
            }
        });
        forms.put("user", new Form("user", "admin/users") {
            private String username;

            @Override
            void fill(int n) {
                test($(Button.class).withText("New user").single()).click();
                username = "battery-" + n;
                $(TextField.class, root()).withLabel("Username").single().setValue(username);
                $(TextField.class, root()).withLabel("Name").single().setValue("Battery user " + n);
                fieldsOfType(this, PasswordField.class).forEach(p -> p.setValue("a long enough password"));
            }

            @Override
            Component root() {
                return $(Dialog.class).last();
            }

            @Override
            Button saveButton() {
                return $(Button.class, root()).withText("Create").single();
            }

            @Override
            boolean isOpen() {
                return $(Dialog.class).all().stream().anyMatch(Dialog::isOpened);
            }

            @Override
            boolean showsANotice() {
                return $(Paragraph.class, root()).withClassName("warning").all().stream()
                        .anyMatch(p -> p.isVisible() && !p.getText().isBlank());
            }

            @Override
            boolean storedPasswordIs(String password) {
                String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = :u").param("u", username)
                        .query(String.class).single();
                return passwords.matches(password, hash);
            }

            @Override
            String storedValue(String label) {
                return jdbc.sql("SELECT CASE :label WHEN 'Name' THEN display_name ELSE username END FROM app_user "
                        + "WHERE username LIKE 'battery%' OR display_name LIKE 'Battery user%' ORDER BY id DESC LIMIT 1")
                        .param("label", label).query(String.class).optional().orElse(null);
            }

            @Override
            void removeSaved() {
                jdbc.sql("DELETE FROM app_user WHERE username LIKE 'battery%' OR display_name LIKE 'Battery user%'").update();
                $(Dialog.class).all().forEach(Dialog::close);
            }

            @Override
            void open() {
                $(Dialog.class).all().forEach(Dialog::close);
                super.open();
            }
        });
        return forms;
    }

    private void deleteIncident(long id) {
        jdbc.sql("DELETE FROM pending_revision WHERE item_type = 'INCIDENT' AND item_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM incident WHERE id = :id").param("id", id).update();
    }

    /** Leaves a form with unsaved changes without saving (the "Leave without saving?" question answered yes). */
    private void leaveWithoutSaving() {
        if (UI.getCurrent() == null) {
            return;
        }
        Navigation.open("login", Object.class);
        $(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened).forEach(dialog -> test(dialog).confirm());
    }

    // ---- fields ----

    /** Every visible text, date and number field of the form, by label (the "what" of each attempt). */
    private List<String> fieldLabels(Form form) {
        return fields(form).stream().map(BadInputBatteryTest::label).filter(Objects::nonNull).distinct().toList();
    }

    private List<HasValue<?, ?>> fields(Form form) {
        return Stream.of(TextField.class, TextArea.class, PasswordField.class, DatePicker.class, IntegerField.class,
                        BigDecimalField.class, ComboBox.class)
                .flatMap(type -> fieldsOfType(form, type).stream())
                .filter(c -> c.isVisible() && !(c instanceof ComboBox<?> combo && !combo.isAllowCustomValue()))
                .filter(c -> !(c instanceof HasValue<?, ?> v && v.isReadOnly()))
                .<HasValue<?, ?>>map(c -> (HasValue<?, ?>) c).toList();
    }

    private <T extends Component> List<T> fieldsOfType(Form form, Class<T> type) {
        return $(type, form.root()).all().stream().filter(c -> isShown(c, form.root())).toList();
    }

    /** Visible, and so are its parents up to the form. */
    private static boolean isShown(Component component, Component root) {
        for (Component c = component; c != null && c != root; c = c.getParent().orElse(null)) {
            if (!c.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private HasValue<?, ?> field(Form form, String label) {
        return fields(form).stream().filter(f -> label.equals(label((Component) f))).findFirst()
                .orElseThrow(() -> new AssertionError("No field labelled " + label + " in the " + form.name + " form"));
    }

    private static String label(Object component) {
        String label = ((Component) component).getElement().getProperty("label");
        return label == null || label.isBlank() ? null : label;
    }

    // ---- the database ----

    /** Rows in every table of the app's schema: a refused save must change none of them. */
    private Map<String, Integer> rowCounts() {
        List<String> tables = jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
                .query(String.class).list();
        String sql = String.join(" UNION ALL ", tables.stream()
                .map(t -> "SELECT '" + t + "' AS t, count(*)::int AS n FROM \"" + t + "\"").toList());
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql(sql).query((rs, row) -> counts.put(rs.getString("t"), rs.getInt("n"))).list();
        counts.remove("sign_in_event");
        return counts;
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "… (" + text.length() + " characters)" : text;
    }

    private static String firstLines(String log) {
        return log.lines().limit(3).map(BadInputBatteryTest::abbreviate).reduce("", (a, b) -> a + " | " + b);
    }
}
