package org.sanctionsmonitor.base;

import java.util.Map;

/** What an editor's form edits: the version it started from, and its content as label → text for comparisons. */
public interface EditableData {

    long getVersion();

    void setVersion(long version);

    Map<String, String> describe();
}
