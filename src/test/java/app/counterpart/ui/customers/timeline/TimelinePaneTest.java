package app.counterpart.ui.customers.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.timeline.ServiceEntry;
import app.counterpart.core.customers.timeline.ServiceKind;
import app.counterpart.core.customers.timeline.ServiceTimeline;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.staff.Staff;
import app.counterpart.testing.DemoFixture;
import app.counterpart.ui.common.FxTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A note added with the keyboard only: type, Ctrl+Enter; it is stored and shows on top. */
@ExtendWith(ApplicationExtension.class)
class TimelinePaneTest {

    @TempDir
    Path dir;
    DemoFixture store;
    ExecutorService pool;
    Customer customer;
    Staff writer;

    @Start
    void start(Stage stage) {
        store = new DemoFixture(dir, Clock.systemUTC());
        store.installDemo(LocalDate.of(2026, 11, 26), 1);
        customer = store.customers.customers().get(0);
        writer = store.staff.staff().get(2);
        pool = Executors.newFixedThreadPool(2);
        Theme.LIGHT.applyUserAgentStylesheet();
        UiContext ui = new UiContext(new FxTaskExecutor(pool), Platform::runLater, new EventBus(e -> { throw e; }),
                new I18n(I18n.ENGLISH), Theme.LIGHT, Clock.systemUTC());
        TimelineViewModel model = new TimelineViewModel(new ServiceTimeline(store.timeline,
                IdGenerator.secure(Clock.systemUTC()), Clock.systemUTC()), customer.id(), writer::id,
                ZoneId.of("Asia/Shanghai"), ui);
        TimelinePane pane = new TimelinePane(model, ui.i18n());
        stage.setScene(new Scene(pane, 800, 600));
        stage.show();
        pane.focusText();
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
        store.close();
    }

    @Test
    void aNoteTypedAndSavedWithCtrlEnterIsStoredAndShownFirst(FxRobot robot) throws Exception {
        robot.write("Prefers oat milk");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> store.timeline.latest(customer.id()).map(e -> e.body().equals("Prefers oat milk")).orElse(false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            ListView<?> list = robot.lookup("#timeline-list").queryAs(ListView.class);
            return !list.getItems().isEmpty()
                    && ((app.counterpart.core.customers.timeline.TimelineItem) list.getItems().get(0)).current().body()
                            .equals("Prefers oat milk");
        });
        ServiceEntry stored = store.timeline.latest(customer.id()).orElseThrow();
        assertThat(stored.staffId()).isEqualTo(writer.id());
        assertThat(stored.kind()).isEqualTo(ServiceKind.NOTE);
        javafx.scene.control.TextArea text = robot.lookup("#timeline-text").queryAs(javafx.scene.control.TextArea.class);
        assertThat(text.getText()).isEmpty();
        assertThat(robot.lookup("#timeline-message").queryLabeled().getText()).isEqualTo("Saved to the timeline.");
    }
}
