package app.counterpart.ui.customers.retention;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.customers.retention.CohortMatrix;
import app.counterpart.core.customers.retention.RetentionReport;
import app.counterpart.core.event.EventBus;
import app.counterpart.store.customers.JooqRetentionRepository;
import app.counterpart.testing.DemoFixture;
import app.counterpart.ui.common.FxTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
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

/** The Retention tab headless, over a real store read on a background pool. */
@ExtendWith(ApplicationExtension.class)
class RetentionViewTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 27);

    @TempDir
    static Path dir;
    static DemoFixture store;
    private ExecutorService pool;
    private RetentionViewModel model;

    @BeforeAll
    static void openDemoStore() {
        store = new DemoFixture(dir, Clock.systemUTC());
        store.installDemo(UNTIL, 75);
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
                new I18n(I18n.ENGLISH), Theme.LIGHT, Clock.systemUTC());
        model = new RetentionViewModel(new JooqRetentionRepository(store.db), () -> UNTIL,
                Currency.getInstance("CNY"), ui);
        Scene scene = new Scene(new RetentionView(model, ui.i18n(), ui.theme()), 1100, 700);
        scene.getStylesheets().add(getClass().getResource("/app/counterpart/ui/counterpart.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private RetentionReport loaded() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.reportProperty().get() != null
                && !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return model.reportProperty().get();
    }

    @Test
    void heatmapHasACellPerCohortAndMonthAndMarksMonthsNotYetBegun(FxRobot robot) throws Exception {
        RetentionReport report = loaded();
        GridPane grid = robot.lookup("#retention-heatmap").queryAs(GridPane.class);
        long cells = grid.getChildren().stream().filter(n -> n.getStyleClass().contains("retention-cell")).count();
        long notYet = grid.getChildren().stream().filter(n -> n.getStyleClass().contains("retention-not-yet")).count();

        int rows = report.cohorts().rows().size();
        assertThat(cells).isEqualTo((long) rows * report.cohorts().months());
        assertThat(notYet).isEqualTo(report.cohorts().rows().stream().flatMap(r -> r.cells().stream())
                .filter(c -> !c.happened()).count()).isPositive();
        CohortMatrix.Row first = report.cohorts().rows().get(0);
        Label month0 = (Label) grid.getChildren().stream()
                .filter(n -> GridPane.getRowIndex(n) == 1 && GridPane.getColumnIndex(n) == 2).findFirst().orElseThrow();
        assertThat(month0.getText()).isEqualTo(model.percent(first.cells().get(0).share()));
        assertThat(month0.getTooltip().getText()).contains(model.count(first.size()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void typingOtherDaysRecomputesTheActivationTable(FxRobot robot) throws Exception {
        loaded();
        TextField days = robot.lookup("#retention-days").queryAs(TextField.class);
        robot.interact(() -> {
            days.setText("7");
            days.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.reportProperty().get().activation().days() == 7);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<Object> table = robot.lookup("#retention-activation").queryAs(TableView.class);
        assertThat(table.getColumns().get(3).getText()).contains("7");
        Node funnel = robot.lookup("#retention-funnel-rarra").query();
        assertThat(funnel).isNotNull();
    }
}
