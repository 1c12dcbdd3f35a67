package app.counterpart.ui.sell;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.event.EventBus;
import app.counterpart.core.event.SalesCommitted;
import app.counterpart.core.goals.Cadence;
import app.counterpart.core.goals.DayFigure;
import app.counterpart.core.goals.GoalScope;
import app.counterpart.core.goals.GoalTracker;
import app.counterpart.core.goals.SalesGoal;
import app.counterpart.testing.MutableClock;
import app.counterpart.ui.common.FxTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The goal strip on screen: a committed sale that reaches the goal moves the figures and shows the toast. */
@ExtendWith(ApplicationExtension.class)
class GoalStripFxTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    EventBus events;
    ExecutorService pool;
    final AtomicInteger chimes = new AtomicInteger();

    @Start
    void start(Stage stage) {
        events = new EventBus(e -> { throw e; });
        pool = Executors.newFixedThreadPool(1);
        UiContext ui = new UiContext(new FxTaskExecutor(pool), Platform::runLater, events, new I18n(I18n.ENGLISH),
                Theme.LIGHT, new MutableClock(Instant.parse("2026-11-27T06:00:00Z")));
        GoalTracker tracker = new GoalTracker(events);
        tracker.listen();
        tracker.loadStarting();
        tracker.load(new GoalTracker.Snapshot(DAY, List.of(new DayFigure("ann", DAY, 82_000, 3, 0)), Map.of(),
                List.of(new SalesGoal("g", GoalScope.person("ann"), Cadence.DAILY, 150_000, DAY, null, Instant.EPOCH)),
                "0"));
        GoalStripModel model = new GoalStripModel(tracker, id -> "Ann", Map::of, Currency.getInstance("CNY"),
                chimes::incrementAndGet, ui);
        model.serving("ann");
        GoalStrip strip = new GoalStrip(model);
        BorderPane screen = new BorderPane();
        screen.setTop(strip);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(screen, strip.toastLayer()), 900, 400));
        stage.show();
    }

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void aSaleReachingTheGoalMovesTheStripAndShowsTheToast(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#goal-person-today").queryAs(Label.class).getText()).isEqualTo("Today ¥820.00 of ¥1,500.00");
        assertThat(robot.lookup("#goal-toast").query().isVisible()).isFalse();

        events.publish(new SalesCommitted(1, Set.of(DAY),
                List.of(new SalesCommitted.Booked("s1", "ann", DAY, 70_000, 1, null))));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#goal-person-today").queryAs(Label.class).getText()).isEqualTo("Today ¥1,520.00 of ¥1,500.00");
        assertThat(robot.lookup("#goal-toast").query().isVisible()).isTrue();
        assertThat(robot.lookup(".goal-toast-title").queryAs(Label.class).getText()).isEqualTo("Goal reached!");
        assertThat(chimes.get()).isEqualTo(1);
    }
}
