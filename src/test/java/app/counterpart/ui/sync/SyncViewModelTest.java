package app.counterpart.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.event.EventBus;
import app.counterpart.core.event.SyncFinished;
import app.counterpart.sync.client.RejectedItem;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.TaskExecutor;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.sync.SyncViewModel.RejectedRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncViewModelTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 10:47 in Shanghai on Saturday 28 November 2026. */
    static final Instant NOW = Instant.parse("2026-11-28T02:47:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    final FakeSyncService sync = new FakeSyncService();
    final EventBus events = new EventBus(e -> { throw e; });

    SyncViewModel model(TaskExecutor tasks, I18n i18n) {
        return new SyncViewModel(sync, new UiContext(tasks, Runnable::run, events, i18n, Theme.LIGHT, CLOCK), SHANGHAI);
    }

    SyncViewModel model() {
        return model(new SameThreadTaskExecutor(), new I18n(I18n.ENGLISH));
    }

    static Instant minutesAgo(long minutes) {
        return NOW.minus(Duration.ofMinutes(minutes));
    }

    @Test
    void aDeviceWithoutHeadOfficeSaysSoAndCannotSync() {
        SyncViewModel model = model();
        model.refresh();
        assertEquals("Not connected to head office", model.stateProperty().get());
        assertEquals("T1", model.deviceCodeProperty().get());
        assertFalse(model.enrolledProperty().get());
        assertTrue(model.syncNowDisabledProperty().get());
        model.syncNow();
        assertEquals(0, sync.syncs.get());
    }

    @Test
    void theStateReadsAsASentence() {
        SyncViewModel model = model();
        sync.status = FakeSyncService.enrolled(0, minutesAgo(2), null, 0, 0, NOW.plusSeconds(58));
        model.refresh();
        assertEquals("Up to date", model.stateProperty().get());
        assertEquals("2 min ago (Nov 28, 2026 10:45)", model.lastSuccessProperty().get());
        assertEquals("None", model.lastErrorProperty().get());
        assertEquals("10:47", model.nextAttemptProperty().get());

        sync.status = FakeSyncService.enrolled(1, minutesAgo(2), null, 0, 0, null);
        model.refresh();
        assertEquals("1 change waiting", model.stateProperty().get());
        assertEquals("Not scheduled", model.nextAttemptProperty().get());

        sync.status = FakeSyncService.enrolled(3, minutesAgo(2), null, 0, 0, null);
        model.refresh();
        assertEquals("3 changes waiting", model.stateProperty().get());
        assertEquals("3 changes", model.pendingProperty().get());
    }

    @Test
    void failingSaysSinceWhenAndWhenItTriesAgainWithTheErrorInFull() {
        SyncViewModel model = model();
        String error = "Head office did not answer within 30 seconds (https://hq.example.com/v1/push): connect timed out";
        sync.status = FakeSyncService.enrolled(12, Instant.parse("2026-11-28T02:42:00Z"), error, 3, 0,
                Instant.parse("2026-11-28T02:47:40Z"));
        model.refresh();
        assertEquals("Offline since 10:42 — will try again at 10:47", model.stateProperty().get());
        assertEquals(error, model.lastErrorProperty().get());

        sync.status = FakeSyncService.enrolled(12, null, error, 1, 0, null);
        model.refresh();
        assertEquals("Could not reach head office", model.stateProperty().get());
        assertEquals("Never", model.lastSuccessProperty().get());
    }

    @Test
    void chineseWording() {
        SyncViewModel model = model(new SameThreadTaskExecutor(), new I18n(I18n.CHINESE));
        sync.status = FakeSyncService.enrolled(3, Instant.parse("2026-11-28T02:42:00Z"), "timeout", 2, 0,
                Instant.parse("2026-11-28T02:47:40Z"));
        model.refresh();
        assertEquals("自 10:42 起离线——将于 10:47 重试", model.stateProperty().get());
    }

    @Test
    void syncNowIsDisabledWhileItRunsAndShowsTheStatusAfter() {
        QueuedTasks tasks = new QueuedTasks();
        SyncViewModel model = model(tasks, new I18n(I18n.ENGLISH));
        sync.status = FakeSyncService.enrolled(4, minutesAgo(5), null, 0, 0, null);
        model.refresh();
        tasks.runAll();
        assertFalse(model.syncNowDisabledProperty().get());

        sync.afterSync = FakeSyncService.enrolled(0, NOW, null, 0, 0, NOW.plusSeconds(60));
        model.syncNow();
        assertTrue(model.syncNowDisabledProperty().get());
        assertTrue(model.runningProperty().get());
        model.syncNow();
        assertEquals(1, tasks.waiting(), "a second press while running starts nothing");

        tasks.runAll();
        assertEquals(1, sync.syncs.get());
        assertFalse(model.syncNowDisabledProperty().get());
        assertFalse(model.runningProperty().get());
        assertEquals("Up to date", model.stateProperty().get());
    }

    @Test
    void aScheduledCycleUnderWayDisablesSyncNowToo() {
        SyncViewModel model = model();
        var s = FakeSyncService.enrolled(4, minutesAgo(5), null, 0, 0, null);
        sync.status = new app.counterpart.sync.client.SyncStatus(true, s.hqUrl(), s.shopName(), "T1", 4,
                s.lastSuccess(), NOW, null, 0, 0, null, true);
        model.refresh();
        assertEquals("Syncing with head office…", model.stateProperty().get());
        assertTrue(model.syncNowDisabledProperty().get());
    }

    @Test
    void aSyncThatFailsShowsWhy() {
        SyncViewModel model = model();
        sync.status = FakeSyncService.enrolled(4, minutesAgo(5), null, 0, 0, null);
        model.refresh();
        sync.syncFailure = new IllegalStateException("the store is locked by another program");
        model.syncNow();
        assertEquals("Sync did not finish: the store is locked by another program", model.errorProperty().get());
        assertFalse(model.syncNowDisabledProperty().get(), "it can be tried again");

        sync.syncFailure = null;
        sync.afterSync = FakeSyncService.enrolled(4, minutesAgo(5), "Head office answered 503", 1, 0, null);
        model.syncNow();
        assertEquals("", model.errorProperty().get());
        assertEquals("Head office answered 503", model.lastErrorProperty().get());
        assertEquals("Offline since 10:42", model.stateProperty().get());
    }

    @Test
    void rejectedItemsAreListedNewestFirstInWords() {
        SyncViewModel model = model();
        sync.status = FakeSyncService.enrolled(0, minutesAgo(1), null, 0, 3, null);
        sync.rejected = List.of(
                new RejectedItem("in", 88, "m1", "customer", "c-1", "unknown field 'nickname'", minutesAgo(60)),
                new RejectedItem("out", 41, "m2", "sale", "s-1", "clock_ahead", minutesAgo(5)),
                new RejectedItem("out", 42, "m3", "product", "p-9", "owned_by_head_office", minutesAgo(30)));
        model.refresh();
        List<RejectedRow> rows = model.rejected();
        assertEquals(List.of("s-1", "p-9", "c-1"), rows.stream().map(RejectedRow::entityId).toList());
        assertEquals("Head office refused", rows.get(0).direction());
        assertEquals("Sale", rows.get(0).entity());
        assertEquals("This device's clock was more than 5 minutes ahead of head office", rows.get(0).reason());
        assertEquals("Could not apply here", rows.get(2).direction());
        assertEquals("unknown field 'nickname'", rows.get(2).reason());
        assertEquals("3 in all", model.rejectedCountProperty().get());
        // The state line stays uncoloured while head office answers: the rejected list says the rest.
        assertEquals(SyncTexts.Alert.NONE, model.alertProperty().get());
    }

    @Test
    void pollingReadsTheRejectedListAgainOnlyWhenItsCountMoved() {
        SyncViewModel model = model();
        RejectedItem first = new RejectedItem("out", 41, "m1", "sale", "s-1", "bad total", minutesAgo(5));
        sync.rejected = List.of(first);
        sync.status = FakeSyncService.enrolled(0, minutesAgo(1), null, 0, 1, null);
        model.refresh();
        model.refresh();
        assertEquals(1, sync.rejectedReads.get());

        sync.rejected = List.of(new RejectedItem("in", 7, null, "customer", "c-2", "bad field", minutesAgo(1)), first);
        sync.status = FakeSyncService.enrolled(0, minutesAgo(1), null, 0, 2, null);
        model.refresh();
        assertEquals(2, sync.rejectedReads.get());
        assertEquals(List.of("c-2", "s-1"), model.rejected().stream().map(RejectedRow::entityId).toList());
    }

    @Test
    void moreRejectedItemsThanShownSaysHowMany() {
        SyncViewModel model = model();
        List<RejectedItem> many = new ArrayList<>();
        for (int i = 0; i < SyncViewModel.REJECTED_SHOWN + 20; i++) {
            many.add(new RejectedItem("out", i, "m" + i, "sale", "s" + i, "bad total", minutesAgo(i)));
        }
        sync.rejected = many;
        sync.status = FakeSyncService.enrolled(0, minutesAgo(1), null, 0, many.size(), null);
        model.refresh();
        assertEquals(SyncViewModel.REJECTED_SHOWN, model.rejected().size());
        assertEquals("newest 500 of 520", model.rejectedCountProperty().get());
    }

    @Test
    void aFinishedCycleElsewhereRefreshesTheScreen() {
        SyncViewModel model = model();
        Runnable stop = model.listen();
        sync.status = FakeSyncService.enrolled(7, minutesAgo(1), null, 0, 0, null);
        events.publish(new SyncFinished(true, 3, 0));
        assertEquals("7 changes waiting", model.stateProperty().get());

        stop.run();
        sync.status = FakeSyncService.enrolled(0, NOW, null, 0, 0, null);
        events.publish(new SyncFinished(true, 7, 0));
        assertEquals("7 changes waiting", model.stateProperty().get(), "no longer listening");
    }

    @Test
    void enrollingFromTheScreenShowsTheConnection() {
        SyncViewModel model = model();
        model.refresh();
        model.enrol().urlProperty().set("https://hq.example.com");
        model.enrol().codeProperty().set("K7Q-22M");
        model.enrol().enrol();
        assertTrue(model.enrolledProperty().get());
        assertEquals("Fairview Salon", model.shopNameProperty().get());
        assertEquals("Up to date", model.stateProperty().get());
    }
}
