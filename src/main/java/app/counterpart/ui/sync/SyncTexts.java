package app.counterpart.ui.sync;

import app.counterpart.sync.client.RejectedItem;
import app.counterpart.sync.client.SyncStatus;
import app.counterpart.ui.common.I18n;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Sync's status in the words a shop owner reads, shared by the Sync screen, the dashboard tile and
 * Settings: one state sentence, times relative to now and on the shop's clock, rejected items' wording.
 */
public final class SyncTexts {

    /** How long sync may fail before the dashboard tile turns amber. */
    static final Duration FAILING_TOO_LONG = Duration.ofMinutes(10);

    /** How loudly the dashboard tile asks to be looked at. */
    public enum Alert { NONE, AMBER, RED }

    private final I18n i18n;
    private final Clock clock;
    private final ZoneId zone;
    private final DateTimeFormatter timeOfDay;
    private final DateTimeFormatter date;

    public SyncTexts(I18n i18n, Clock clock, ZoneId zone) {
        this.i18n = i18n;
        this.clock = clock;
        this.zone = zone;
        this.timeOfDay = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale()).withZone(zone);
    }

    /** "Up to date", "3 changes waiting", "Offline since 10:42 — will try again at 10:47", ... */
    public String state(SyncStatus s) {
        if (!s.enrolled()) {
            return i18n.text("sync.state.notConnected");
        }
        if (s.running()) {
            return i18n.text("sync.state.running");
        }
        if (failing(s)) {
            Instant since = s.lastSuccess();
            Instant next = s.nextAttempt();
            if (since == null) {
                return next == null ? i18n.text("sync.state.offline")
                        : i18n.format("sync.state.offlineRetry", clockTime(next));
            }
            return next == null ? i18n.format("sync.state.offlineSince", clockTime(since))
                    : i18n.format("sync.state.offlineSinceRetry", clockTime(since), clockTime(next));
        }
        return s.pending() == 0 ? i18n.text("sync.state.upToDate") : count("sync.state.waiting", s.pending());
    }

    /** The line under the dashboard tile's number: when it last worked, or what goes wrong. */
    public String tileText(SyncStatus s) {
        if (!s.enrolled()) {
            return i18n.text("sync.state.notConnected");
        }
        if (failing(s)) {
            return s.lastError() != null ? s.lastError() : i18n.text("sync.state.offline");
        }
        return s.lastSuccess() == null ? i18n.text("sync.tile.never")
                : i18n.format("sync.tile.last", relative(s.lastSuccess()));
    }

    /** Red when something was refused for good, amber when head office has been out of reach for a while. */
    public Alert alert(SyncStatus s) {
        return s.rejected() > 0 ? Alert.RED : connectionAlert(s);
    }

    /**
     * Amber when head office has been out of reach for a while. The Sync screen colours its state line
     * by this alone: "Up to date" in red would contradict itself, and the rejected items sit right below.
     */
    public Alert connectionAlert(SyncStatus s) {
        if (s.enrolled() && failing(s) && (s.lastSuccess() == null
                || Duration.between(s.lastSuccess(), clock.instant()).compareTo(FAILING_TOO_LONG) > 0)) {
            return Alert.AMBER;
        }
        return Alert.NONE;
    }

    /** "2 min ago (28 Nov 2026, 10:42)", or "Never". */
    public String lastSuccess(SyncStatus s) {
        return s.lastSuccess() == null ? i18n.text("sync.never")
                : i18n.format("sync.relativeAndTime", relative(s.lastSuccess()), dateTime(s.lastSuccess()));
    }

    /** When the scheduler tries next, or that it is not scheduled. */
    public String nextAttempt(SyncStatus s) {
        return s.nextAttempt() == null ? i18n.text("sync.notScheduled") : clockTime(s.nextAttempt());
    }

    public String direction(RejectedItem item) {
        return i18n.text("out".equals(item.direction()) ? "sync.rejected.out" : "sync.rejected.in");
    }

    /** Entities and head office's reason codes in words where the bundles know them, as sent otherwise. */
    public String entity(String entity) {
        return i18n.has("sync.entity." + entity) ? i18n.text("sync.entity." + entity) : entity;
    }

    public String reason(String reason) {
        return reason != null && i18n.has("sync.reason." + reason) ? i18n.text("sync.reason." + reason) : reason;
    }

    /** The date as the language writes it and the time on the 24-hour clock the header shows. */
    public String dateTime(Instant at) {
        return date.format(at) + " " + timeOfDay.format(at);
    }

    /** "just now", "5 min ago", "3 h ago", "2 days ago". */
    public String relative(Instant at) {
        long seconds = Math.max(0, Duration.between(at, clock.instant()).getSeconds());
        if (seconds < 60) {
            return i18n.text("sync.ago.now");
        }
        if (seconds < 3600) {
            return i18n.format("sync.ago.minutes", seconds / 60);
        }
        if (seconds < 86_400) {
            return i18n.format("sync.ago.hours", seconds / 3600);
        }
        return count("sync.ago.days", seconds / 86_400);
    }

    /** A text with a count; English says "1 change" under the key's ".one" form. */
    public String count(String key, long n) {
        return i18n.format(n == 1 ? key + ".one" : key, n);
    }

    /** Today's times as 10:42; another day's with its date. */
    private String clockTime(Instant at) {
        return LocalDate.ofInstant(at, zone).equals(LocalDate.ofInstant(clock.instant(), zone))
                ? timeOfDay.format(at) : dateTime(at);
    }

    static boolean failing(SyncStatus s) {
        return s.failures() > 0 || s.lastError() != null;
    }
}
