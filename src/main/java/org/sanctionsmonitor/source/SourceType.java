package org.sanctionsmonitor.source;

/**
 * What kind of source it is, as the corroboration panel counts them. The stored codes are older than some labels
 * (a news article reads as "media", a research report as "research or OSINT"), and stay so that exports keep them.
 */
public enum SourceType {
    NEWS_ARTICLE("Media", "News reports of independent or commercial outlets, and wire services."),
    STATE_MEDIA("State media", "Outlets a state owns or controls (TASS, RT, KCNA, IRNA, …). Recorded with the state: "
            + "on an incident whose parties include that state, it is state media of an involved party."),
    OFFICIAL_DOCUMENT("Official statement or document", "What a government, ministry or official body said or published "
            + "itself: statements, briefings, treaties, sanctions designations."),
    UN_PANEL_REPORT("UN Panel of Experts or MSMT report", "Reports of the UN sanctions committees' Panels of Experts and of the "
            + "Multilateral Sanctions Monitoring Team."),
    UN_DOCUMENT("UN document", "Other UN documents: resolutions, meeting records, letters, the Secretary-General's reports."),
    RESEARCH_REPORT("Research or OSINT", "Think tanks, researchers and open-source investigators (satellite imagery, "
            + "shipping data, debris analysis)."),
    OTHER("Other", "Anything else, e.g. a social media post.");

    private final String label;
    private final String description;

    SourceType(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    /** What belongs to this type, for the help page and the form. */
    public String description() {
        return description;
    }
}
