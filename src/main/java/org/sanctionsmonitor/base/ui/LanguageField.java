package org.sanctionsmonitor.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Picks a BCP 47 language code from the ISO 639-1 languages, by name or by code; a more specific tag such as
 * {@code ko-KR} can be typed in.
 */
public class LanguageField extends ComboBox<String> {

    private static final List<String> CODES = Arrays.stream(Locale.getISOLanguages())
            .sorted(Comparator.comparing(LanguageField::name))
            .toList();

    public LanguageField(String label) {
        super(label);
        setItems(CODES);
        setItemLabelGenerator(LanguageField::label);
        setAllowCustomValue(true);
        addCustomValueSetListener(event -> setValue(event.getDetail().trim()));
        setPlaceholder("e.g. Indonesian (id)");
    }

    public static String label(String code) {
        return name(code) + " (" + code + ")";
    }

    private static String name(String code) {
        String name = Locale.forLanguageTag(code).getDisplayName(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }
}
