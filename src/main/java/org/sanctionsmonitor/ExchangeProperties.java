package org.sanctionsmonitor;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the data exchange (import, export and the read API), bound from {@code sanctions.exchange.*}
 * (environment variables {@code SANCTIONS_IMPORT_MAX_MB}, {@code SANCTIONS_API_REQUESTS_PER_MINUTE}). Kept apart
 * from {@link AppProperties} so that its constructor stays as other features use it.
 *
 * @param importMaxMegabytes     a file larger than this is refused before it is read
 * @param apiRequestsPerMinute   requests one API token may make per minute (per app instance)
 */
@ConfigurationProperties("sanctions.exchange")
public record ExchangeProperties(Integer importMaxMegabytes, Integer apiRequestsPerMinute) {

    public ExchangeProperties {
        if (importMaxMegabytes == null || importMaxMegabytes < 1) {
            importMaxMegabytes = 50;
        }
        if (apiRequestsPerMinute == null || apiRequestsPerMinute < 1) {
            apiRequestsPerMinute = 120;
        }
    }

    public long importMaxBytes() {
        return importMaxMegabytes * 1024L * 1024L;
    }
}
