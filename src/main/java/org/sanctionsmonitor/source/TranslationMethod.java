package org.sanctionsmonitor.source;

public enum TranslationMethod {
    HUMAN, MACHINE
}
