package org.sanctionsmonitor.base;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * At most one log line per interval; the lines left out are counted and the count rides on the next line. Keeps a
 * flood of the same kind of event (forged client messages, one database outage seen by every page) from filling the
 * log and the disk.
 */
public final class RateLimitedLog {

    private final Logger log;
    private final long intervalNanos;
    private final AtomicLong nextAllowed;
    private final AtomicInteger suppressed = new AtomicInteger();

    public RateLimitedLog(Logger log, Duration interval) {
        this.log = log;
        this.intervalNanos = interval.toNanos();
        this.nextAllowed = new AtomicLong(System.nanoTime() - intervalNanos);
    }

    /** Logs {@code line} at WARN unless a line was logged less than one interval ago. */
    public void warn(String line) {
        long now = System.nanoTime();
        long due = nextAllowed.get();
        if (now - due >= 0 && nextAllowed.compareAndSet(due, now + intervalNanos)) {
            int left = suppressed.getAndSet(0);
            log.warn(left == 0 ? line : line + " (and " + left + " more like it not logged)");
        } else {
            suppressed.incrementAndGet();
        }
    }

    /** One printable line of at most {@code max} characters: no line breaks or control characters from the client. */
    public static String printable(String text, int max) {
        String clean = text == null ? "" : text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() > max ? clean.substring(0, max) + "…" : clean;
    }
}
