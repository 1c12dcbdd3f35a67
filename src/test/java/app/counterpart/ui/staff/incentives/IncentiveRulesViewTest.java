package app.counterpart.ui.staff.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.incentives.IncentiveRule;
import app.counterpart.core.incentives.Tier;
import app.counterpart.core.staff.Role;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import app.counterpart.ui.common.FxTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.staff.StaffArea;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The incentive rules tab headless over a real store: a new rule typed and saved from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class IncentiveRulesViewTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    static Path dir;
    static DemoFixture store;
    static MutableClock clock;
    private ExecutorService pool;
    private IncentiveRulesViewModel model;

    @BeforeAll
    static void openDemoStore() {
        clock = new MutableClock(Instant.parse("2026-11-27T06:00:00Z"));
        store = new DemoFixture(dir, clock);
        store.installDemo(TODAY.minusDays(1), 3);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Start
    void start(Stage stage) {
        pool = Executors.newFixedThreadPool(2);
        Theme.LIGHT.applyUserAgentStylesheet();
        UiContext ui = new UiContext(new FxTaskExecutor(pool), Platform::runLater, new EventBus(e -> { }),
                new I18n(I18n.ENGLISH), Theme.LIGHT, clock);
        IdGenerator ids = IdGenerator.secure(clock);
        String owner = store.staff.staff().stream().filter(s -> s.role() == Role.OWNER).findFirst().orElseThrow().id();
        model = new IncentiveRulesViewModel(store.incentives,
                () -> new IncentiveLookups(store.staff.staff(), store.catalog.categories(), store.catalog.products(),
                        store.care.teams()),
                () -> TODAY, ids::next, Currency.getInstance("CNY"), ui, () -> owner, Role.OWNER);
        StaffArea area = new StaffArea(ui.i18n());
        area.addTab("staff.tab.roster", new StackPane());
        area.addTab("staff.tab.rules", new IncentiveRulesView(model, ui.i18n()));
        Scene scene = new Scene(area, 1000, 740);
        scene.getStylesheets().add(getClass().getResource("/app/counterpart/ui/counterpart.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void aNewRuleIsTypedAndSavedFromTheKeyboard(FxRobot robot) throws Exception {
        robot.clickOn("#staff-tab-rules");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.busyProperty().get());
        int before = store.incentives.rules().size();

        robot.clickOn("#incentives-new");
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Tea 8 %");
        robot.clickOn("#incentives-rate-0").write("8");
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> store.incentives.rules().size() == before + 1
                && model.modeProperty().get() == IncentiveRulesViewModel.Mode.CLOSED);
        WaitForAsyncUtils.waitForFxEvents();
        IncentiveRule saved = store.incentives.rules().stream().filter(r -> r.name().equals("Tea 8 %")).findFirst()
                .orElseThrow();
        assertThat(saved.tiers()).containsExactly(new Tier(0, 800));
        assertThat(saved.effectiveFrom()).isEqualTo(TODAY.plusDays(1));
        assertThat(robot.lookup("#incentives-table").queryTableView().getItems())
                .anySatisfy(row -> assertThat(((IncentiveRulesViewModel.RuleRow) row).name()).isEqualTo("Tea 8 %"));
        assertThat(robot.lookup("#incentives-message").queryLabeled().getText()).startsWith("Saved Tea 8 %");
    }
}
