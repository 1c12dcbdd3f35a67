package app.counterpart.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.event.EventBus;
import app.counterpart.sync.client.SyncException;
import app.counterpart.sync.client.SyncStatus;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EnrolViewModelTest {

    final FakeSyncService sync = new FakeSyncService();
    final List<SyncStatus> enrolled = new ArrayList<>();
    final EnrolViewModel model = new EnrolViewModel(sync, new UiContext(new SameThreadTaskExecutor(), Runnable::run,
            new EventBus(e -> { throw e; }), new I18n(I18n.ENGLISH), Theme.LIGHT, Clock.systemUTC()), enrolled::add);

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "hq.example.com", "ftp://hq.example.com", "https://", "http//hq", "https://hq example.com"})
    void anAddressThatIsNotHttpIsRefusedBeforeAsking(String url) {
        model.urlProperty().set(url);
        model.codeProperty().set("K7Q-22M");
        model.enrol();
        assertEquals("Enter head office's address, starting with http:// or https://", model.errorProperty().get());
        assertTrue(sync.enrolments.isEmpty());
    }

    @Test
    void theCodeIsNeeded() {
        model.urlProperty().set("http://10.0.0.5:8443");
        model.codeProperty().set("  ");
        model.enrol();
        assertEquals("Enter the one-time enrolment code from head office.", model.errorProperty().get());
        assertTrue(sync.enrolments.isEmpty());
    }

    @Test
    void headOfficesRefusalIsShownAsItsSentence() {
        sync.enrolFailure = new SyncException("This enrolment code was already used by another device.");
        model.urlProperty().set("https://hq.example.com");
        model.codeProperty().set("K7Q-22M");
        model.enrol();
        assertEquals("Could not enrol: This enrolment code was already used by another device.",
                model.errorProperty().get());
        assertEquals("", model.doneProperty().get());
        assertFalse(model.busyProperty().get());
        assertTrue(enrolled.isEmpty());
        assertEquals("K7Q-22M", model.codeProperty().get(), "kept, to try again after fixing the address");
    }

    @Test
    void aSuccessfulEnrolmentNamesTheShop() {
        model.urlProperty().set("  https://hq.example.com:8443 ");
        model.codeProperty().set(" K7Q-22M ");
        model.enrol();
        assertEquals(List.of("https://hq.example.com:8443 K7Q-22M"), sync.enrolments);
        assertEquals("Connected to head office as Fairview Salon.", model.doneProperty().get());
        assertEquals("", model.errorProperty().get());
        assertEquals("", model.codeProperty().get(), "a one-time code is spent");
        assertEquals(1, enrolled.size());
    }
}
