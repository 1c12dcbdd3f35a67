package app.counterpart.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.counterpart.core.event.EventBus;
import app.counterpart.sync.client.RejectedItem;
import app.counterpart.sync.client.SyncService;
import app.counterpart.sync.client.SyncStatus;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync interval in a real store's settings, where the sync engine reads it. */
class HeadOfficeSettingsModelTest {

    /** A device not connected yet; enrolling is the Sync screen's tests' business. */
    static final class NotEnrolled implements SyncService {
        @Override
        public SyncStatus status() {
            return new SyncStatus(false, null, null, "T1", 0, null, null, null, 0, 0, null, false);
        }

        @Override
        public SyncStatus syncNow() {
            return status();
        }

        @Override
        public SyncStatus enrol(URI hqUrl, String code) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<RejectedItem> rejected(int limit) {
            return List.of();
        }
    }

    @TempDir
    Path dir;
    DemoFixture store;
    HeadOfficeSettingsModel model;

    @BeforeEach
    void open() {
        store = new DemoFixture(dir, Clock.systemUTC());
        model = new HeadOfficeSettingsModel(store.shops, new NotEnrolled(), new UiContext(new SameThreadTaskExecutor(),
                Runnable::run, new EventBus(e -> { throw e; }), new I18n(I18n.ENGLISH), Theme.LIGHT, Clock.systemUTC()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theIntervalIsSixtySecondsUntilAWholeNumberInRangeIsStored() {
        model.load();
        assertEquals("60", model.intervalProperty().get());
        assertEquals("Not connected to head office", model.connectionProperty().get());

        for (String typed : new String[] {"5", "abc", "100000", ""}) {
            model.intervalProperty().set(typed);
            model.saveInterval();
            assertEquals("Enter a whole number of seconds from 10 to 86,400.", model.errorProperty().get(), typed);
        }
        assertEquals(Optional.empty(), store.shops.setting(HeadOfficeSettingsModel.INTERVAL_KEY));

        model.intervalProperty().set(" 300 ");
        model.saveInterval();
        assertEquals("", model.errorProperty().get());
        assertEquals(Optional.of("300"), store.shops.setting(HeadOfficeSettingsModel.INTERVAL_KEY));
        assertEquals("Sync runs every 300 seconds from the next cycle on.", model.messageProperty().get());

        model.intervalProperty().set("");
        model.load();
        assertEquals("300", model.intervalProperty().get());
    }
}
