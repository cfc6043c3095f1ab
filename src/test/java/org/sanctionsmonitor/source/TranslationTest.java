package org.sanctionsmonitor.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TranslationTest {

    @Test
    void a_translation_says_who_or_what_made_it_when_and_whether_a_person_reviewed_it() {
        assertThat(new Translation("DeepL", TranslationMethod.MACHINE, LocalDate.of(2024, 10, 3), null, null).text())
                .isEqualTo("DeepL (machine translation), 3 Oct 2024; not reviewed by a person");
        assertThat(new Translation("DeepL", TranslationMethod.MACHINE, null, "Ann Lee", LocalDate.of(2024, 10, 4)).text())
                .isEqualTo("DeepL (machine translation); reviewed by Ann Lee on 4 Oct 2024");
        assertThat(new Translation("Jane Doe", TranslationMethod.HUMAN, null, null, null).text())
                .isEqualTo("Jane Doe (human translation); not reviewed by a second person");
        assertThat(new Translation(null, null, null, null, null).text()).isEqualTo("Translator not recorded; not reviewed by a second person");
    }

    @Test
    void only_machine_translations_are_marked_and_say_whether_they_were_reviewed() {
        assertThat(new Translation("DeepL", TranslationMethod.MACHINE, null, null, null).mark()).isEqualTo("Machine translation, not reviewed");
        assertThat(new Translation("DeepL", TranslationMethod.MACHINE, null, "Ann", null).mark()).isEqualTo("Machine translation, reviewed");
        assertThat(new Translation("Jane", TranslationMethod.HUMAN, null, null, null).machine()).isFalse();
    }
}
