package org.sanctionsmonitor.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.util.PasswordUtil;

/**
 * The generated passwords of the embedded PostgreSQL: the app's role and the superuser. They live in one file in the
 * data directory, readable by its owner only, in PostgreSQL's own password-file format, so an operator can hand it to
 * {@code psql} as {@code PGPASSFILE}.
 */
record DatabaseSecrets(String appPassword, String superuserPassword) {

    /** The file in the PostgreSQL data directory that holds the passwords. */
    static final String FILE_NAME = "sanctions-monitor.pgpass";
    /** The role the app connects as: owns the app's database and its schema, is no superuser. */
    static final String APP_ROLE = "sanctions";
    /** The app's database. */
    static final String DATABASE = "sanctions";
    /** The superuser that initdb creates; the app uses it only to set itself up at start-up, and for backups. */
    static final String SUPERUSER = "postgres";

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String toString() {
        return "DatabaseSecrets[hidden]";
    }

    static DatabaseSecrets generate() {
        return new DatabaseSecrets(randomPassword(), randomPassword());
    }

    /** 32 letters and digits: about 190 bits, and nothing that needs escaping in a password file or SQL literal. */
    private static String randomPassword() {
        StringBuilder password = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    static DatabaseSecrets read(Path file) throws IOException {
        String app = null;
        String superuser = null;
        for (String line : Files.readAllLines(file)) {
            List<String> fields = fields(line);
            if (fields.size() == 5 && fields.get(3).equals(APP_ROLE)) {
                app = fields.get(4);
            } else if (fields.size() == 5 && fields.get(3).equals(SUPERUSER)) {
                superuser = fields.get(4);
            }
        }
        if (app == null || superuser == null || app.isEmpty() || superuser.isEmpty()) {
            throw new IOException(file + " must hold a password for the roles '" + APP_ROLE + "' and '" + SUPERUSER
                    + "' (lines host:port:database:role:password). Restore it from a backup of the data directory.");
        }
        return new DatabaseSecrets(app, superuser);
    }

    /** Splits a password-file line at the colons that are not escaped with a backslash. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        if (line.startsWith("#")) {
            return fields;
        }
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** Writes the file owner-only (0600) from the first byte: a temporary file created so, then moved into place. */
    void write(Path file) throws IOException {
        String content = "*:*:*:" + APP_ROLE + ":" + appPassword + "\n"
                + "*:*:*:" + SUPERUSER + ":" + superuserPassword + "\n";
        Path temporary = FilePermissions.createOwnerOnlyFile(file.resolveSibling(FILE_NAME + ".new"));
        Files.writeString(temporary, content);
        FilePermissions.syncFile(temporary);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        FilePermissions.syncDirectory(file.getParent());
    }

    /** The SCRAM-SHA-256 verifier of a password, so that the plain password never reaches the server. */
    static String scramVerifier(String password) {
        return PasswordUtil.encodeScramSha256(password.toCharArray());
    }
}
