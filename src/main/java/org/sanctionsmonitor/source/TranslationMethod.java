package org.sanctionsmonitor.source;

/** Who made a translation: a person, or a machine system (named in "translated by"). */
public enum TranslationMethod {
    HUMAN, MACHINE
}
