package org.sanctionsmonitor;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The application's own settings, bound from {@code sanctions.*} (environment variables {@code SANCTIONS_*}).
 *
 * @param dataDir        where the embedded PostgreSQL keeps its data (in {@code <dataDir>/postgres})
 * @param demo           load the demo dataset and demo accounts; {@code null} means "only with the embedded database"
 * @param adminUsername  first administrator created on an empty user table outside demo mode
 * @param adminPassword  that administrator's password
 * @param fourEyes       publishing needs someone other than the item's last author
 * @param signInAuditDays how long the sign-in audit keeps its entries, in days
 */
@ConfigurationProperties("sanctions")
public record AppProperties(Path dataDir, Boolean demo, String adminUsername, String adminPassword, Boolean fourEyes,
        Integer signInAuditDays) {

    public AppProperties {
        if (dataDir == null) {
            dataDir = Path.of(".data");
        }
        if (fourEyes == null) {
            fourEyes = true;
        }
        if (signInAuditDays == null || signInAuditDays < 1) {
            signInAuditDays = 365;
        }
    }
}
