package app.counterpart.sync.client;

import static app.counterpart.store.jooq.Tables.SETTING;

import app.counterpart.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The shop's sync settings, kept in the {@code setting} table so Settings and the command line share
 * them. The trust-store password only guards the integrity of a file of public certificates, so it is
 * kept like the other settings.
 */
public final class SyncSettings {

    public static final String INTERVAL_SECONDS = "sync.interval_seconds";
    public static final String TRUST_STORE = "sync.trust_store";
    public static final String TRUST_PASSWORD = "sync.trust_password";
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);

    private final Database db;

    public SyncSettings(Database db) {
        this.db = db;
    }

    /** The time between cycles; the default when the setting is missing or not a positive number. */
    public Duration interval() {
        return get(INTERVAL_SECONDS).flatMap(v -> {
            try {
                long seconds = Long.parseLong(v.trim());
                return seconds > 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).orElse(DEFAULT_INTERVAL);
    }

    /** The PKCS#12 trust store for a head office with its own certificate, if one is set. */
    public Optional<Path> trustStore() {
        return get(TRUST_STORE).filter(v -> !v.isBlank()).map(Path::of);
    }

    public String trustPassword() {
        return get(TRUST_PASSWORD).orElse("");
    }

    /** Sets (or, with null, clears) the trust store and its password. */
    public void trustStore(Path file, String password) {
        db.write(ctx -> {
            ctx.deleteFrom(SETTING).where(SETTING.KEY.in(TRUST_STORE, TRUST_PASSWORD)).execute();
            if (file != null) {
                ctx.insertInto(SETTING, SETTING.KEY, SETTING.VALUE).values(TRUST_STORE, file.toAbsolutePath().toString())
                        .values(TRUST_PASSWORD, password == null ? "" : password).execute();
            }
            return null;
        });
    }

    private Optional<String> get(String key) {
        return db.read(ctx -> ctx.select(SETTING.VALUE).from(SETTING).where(SETTING.KEY.eq(key)).fetchOptional(SETTING.VALUE));
    }
}
