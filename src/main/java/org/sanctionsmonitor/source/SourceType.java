package org.sanctionsmonitor.source;

public enum SourceType {
    NEWS_ARTICLE("News article"),
    OFFICIAL_DOCUMENT("Official document"),
    UN_DOCUMENT("UN document"),
    RESEARCH_REPORT("Research report"),
    OTHER("Other");

    private final String label;

    SourceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
