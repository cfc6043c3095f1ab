package org.sanctionsmonitor.exchange;

import java.util.List;
import java.util.Map;

/**
 * What a dry run found, nothing having been written: every problem (the import cannot be committed while there is one),
 * the items that may already exist (for the editor to skip or merge), what a commit would write, and the speakers it
 * would create. The commit takes this report back, with the editor's decisions.
 *
 * @param counts     what the commit would write, by kind: "incidents" → 120
 * @param newSpeakers speakers the statements name that do not exist yet and would be created
 */
public record ImportReport(List<String> files, int rows, List<ImportProblem> problems, List<ImportDuplicate> duplicates,
        Map<String, Integer> counts, List<String> newSpeakers, ImportBatchHolder batch) {

    public boolean canCommit() {
        return problems.isEmpty() && rows > 0;
    }

    /** The parsed files, kept for the commit; opaque outside this package. */
    public static final class ImportBatchHolder {
        final ImportBatch batch;

        ImportBatchHolder(ImportBatch batch) {
            this.batch = batch;
        }
    }
}
