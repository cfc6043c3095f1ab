package org.sanctionsmonitor.exchange;

/**
 * An item of the import that may already exist: a source or resolution with the same key (web address, number), or an
 * incident the duplicate guard finds (the same countries with overlapping dates, or a similar title). The editor
 * decides: skip it (the default), merge it into the existing record (saved like an editor's change: a published record
 * keeps it as a revision for review), or, for an incident that is only similar, import it as a new one.
 *
 * @param key        names this duplicate in the editor's decisions
 * @param existingPage the existing record's page, relative to the app root
 */
public record ImportDuplicate(String key, String file, String where, String kind, String title, long existingId, String existingTitle,
        String existingPage, String reason, boolean canImportAsNew) {

    public enum Decision {
        SKIP("Skip"), MERGE("Merge into the existing one"), NEW("Import as a new one");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
