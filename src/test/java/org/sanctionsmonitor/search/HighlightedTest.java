package org.sanctionsmonitor.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HighlightedTest {

    @Test
    void marks_split_the_text_into_matching_and_other_parts() {
        Highlighted text = Highlighted.parse("Drones built at \u0001Alabuga\u0002 in \u0001Tatarstan\u0002");
        assertThat(text.parts()).containsExactly(new Highlighted.Part("Drones built at ", false), new Highlighted.Part("Alabuga", true),
                new Highlighted.Part(" in ", false), new Highlighted.Part("Tatarstan", true));
        assertThat(text.text()).isEqualTo("Drones built at Alabuga in Tatarstan");
        assertThat(text.hasMatch()).isTrue();
    }

    @Test
    void the_stand_ins_for_angle_brackets_and_ampersands_become_those_characters_again_as_text() {
        Highlighted text = Highlighted.parse("\uE000img src=x onerror=alert(1)\uE001 \uE002 \u0001Alabuga\u0002");
        assertThat(text.text()).isEqualTo("<img src=x onerror=alert(1)> & Alabuga");
        assertThat(text.parts().getFirst().match()).isFalse();
    }

    @Test
    void stray_marks_are_dropped() {
        assertThat(Highlighted.parse("\u0002a\u0001\u0001b\u0002\u0002c").parts())
                .containsExactly(new Highlighted.Part("a", false), new Highlighted.Part("b", true), new Highlighted.Part("c", false));
        assertThat(Highlighted.parse(null).isEmpty()).isTrue();
    }
}
