package org.sanctionsmonitor.editorial;

import java.util.Map;

/**
 * What an editor's form edits: the record it belongs to (null for a new one), the version it started from, and its
 * content as label → text for comparisons in the conflict dialog and the history.
 */
public interface EditableData {

    Long getId();

    void setId(Long id);

    long getVersion();

    void setVersion(long version);

    Map<String, String> describe();
}
