package org.sanctionsmonitor.benchmark;

import java.util.function.Supplier;

/**
 * One read path: a name for the table and the service call a page makes. Its bare SQL is not written twice: the
 * benchmark records the statements the call sends and replays exactly those on a bare connection, so both return the
 * same data by construction.
 */
public record ReadPath(String group, String name, Supplier<?> call) {
}
