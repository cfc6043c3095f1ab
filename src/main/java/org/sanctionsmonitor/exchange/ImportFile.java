package org.sanctionsmonitor.exchange;

/** An uploaded file: its name as the user's computer called it, and its bytes. */
public record ImportFile(String name, byte[] bytes) {

    public boolean isJson() {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".json")) {
            return true;
        }
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            return false;
        }
        // No telling extension: JSON starts with "{" (after a byte order mark and white space).
        for (byte b : bytes) {
            if (b == '{') {
                return true;
            }
            if (!Character.isWhitespace(b) && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB && (b & 0xFF) != 0xBF) {
                return false;
            }
        }
        return false;
    }
}
