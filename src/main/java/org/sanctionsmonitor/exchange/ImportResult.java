package org.sanctionsmonitor.exchange;

import java.util.List;
import java.util.Map;

/**
 * What a commit did: all of it ({@code importId} names the import in the history of every item it wrote) or, when a
 * problem turned up, nothing ({@code problems} says what).
 */
public record ImportResult(Long importId, Map<String, Integer> written, List<ImportProblem> problems, long millis) {

    public boolean committed() {
        return importId != null;
    }
}
