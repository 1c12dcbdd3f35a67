package app.counterpart.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.counterpart.core.event.EventBus;
import app.counterpart.core.event.SyncFinished;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.sync.SyncTexts.Alert;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SyncTileModelTest {

    final FakeSyncService sync = new FakeSyncService();
    final EventBus events = new EventBus(e -> { throw e; });
    final SyncTileModel tile = new SyncTileModel(sync, new UiContext(new SameThreadTaskExecutor(), Runnable::run,
            events, new I18n(I18n.ENGLISH), Theme.LIGHT, SyncViewModelTest.CLOCK), SyncViewModelTest.SHANGHAI);

    static Instant minutesAgo(long m) {
        return SyncViewModelTest.minutesAgo(m);
    }

    @Test
    void notConnected() {
        tile.refresh();
        assertEquals("Not connected to head office", tile.textProperty().get());
        assertEquals(Alert.NONE, tile.alertProperty().get());
    }

    @Test
    void pendingAsTheNumberAndWhenItLastWorked() {
        sync.status = FakeSyncService.enrolled(14, minutesAgo(2), null, 0, 0, null);
        tile.refresh();
        assertEquals(14, tile.pendingProperty().get());
        assertEquals("last sync 2 min ago", tile.textProperty().get());
        assertEquals("", tile.rejectedProperty().get());
        assertEquals(Alert.NONE, tile.alertProperty().get());
    }

    @Test
    void rejectedItemsTurnItRed() {
        sync.status = FakeSyncService.enrolled(0, minutesAgo(1), null, 0, 2, null);
        tile.refresh();
        assertEquals("2 rejected", tile.rejectedProperty().get());
        assertEquals(Alert.RED, tile.alertProperty().get());
    }

    @Test
    void failingForMoreThanTenMinutesTurnsItAmberWithTheError() {
        sync.status = FakeSyncService.enrolled(30, minutesAgo(3), "Head office answered 503", 2, 0, null);
        tile.refresh();
        assertEquals("Head office answered 503", tile.textProperty().get());
        assertEquals(Alert.NONE, tile.alertProperty().get(), "a short outage is no alarm");

        sync.status = FakeSyncService.enrolled(30, minutesAgo(11), "Head office answered 503", 6, 0, null);
        tile.refresh();
        assertEquals(Alert.AMBER, tile.alertProperty().get());

        sync.status = FakeSyncService.enrolled(30, minutesAgo(11), "Head office answered 503", 6, 1, null);
        tile.refresh();
        assertEquals(Alert.RED, tile.alertProperty().get());
    }

    @Test
    void aFinishedCycleUpdatesIt() {
        tile.listen();
        sync.status = FakeSyncService.enrolled(0, SyncViewModelTest.NOW, null, 0, 0, null);
        events.publish(new SyncFinished(true, 5, 0));
        assertEquals("last sync just now", tile.textProperty().get());
    }
}
