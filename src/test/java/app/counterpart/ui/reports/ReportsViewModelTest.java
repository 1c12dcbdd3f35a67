package app.counterpart.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.event.EventBus;
import app.counterpart.core.report.Dimension;
import app.counterpart.store.report.JooqReportRepository;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsViewModelTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    DemoFixture store;
    ReportsViewModel model;

    @BeforeEach
    void open() {
        store = new DemoFixture(dir.resolve("store"), Clock.systemUTC());
        store.installDemo(UNTIL, 7);
        UiContext ui = new UiContext(new SameThreadTaskExecutor(), Runnable::run, new EventBus(e -> { }),
                new I18n(I18n.CHINESE), Theme.LIGHT, Clock.systemUTC());
        model = new ReportsViewModel(new JooqReportRepository(store.db), Currency.getInstance("CNY"), ui, "茶与酥", UNTIL);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aProductReportListsProductsWithChineseNames() {
        model.show(Dimension.PRODUCT, UNTIL.minusDays(6), UNTIL);
        assertTrue(model.rows().size() > 20);
        assertTrue(model.label(model.rows().get(0)).matches(".*[\\u4e00-\\u9fff].*"), model.label(model.rows().get(0)));
        assertTrue(model.totalsProperty().get().contains("¥"));
    }

    @Test
    void csvExportWritesTheReportWithABomForSpreadsheets() throws Exception {
        model.show(Dimension.DAY, UNTIL.minusDays(6), UNTIL);
        Path file = dir.resolve("days.csv");
        model.exportCsv(file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFday,sales,items,revenue_minor"), text);
        assertEquals(8, text.split("\n").length);
        assertTrue(model.statusProperty().get().contains(file.toString()));
    }

    @Test
    void pdfExportWritesAPdfDocument() throws Exception {
        model.show(Dimension.CATEGORY, UNTIL.minusDays(6), UNTIL);
        Path file = dir.resolve("categories.pdf");
        model.exportPdf(file);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        assertTrue(bytes.length > 1000);
    }

    @Test
    void anExportIntoAMissingFolderSaysWhyAndLeavesNothing() {
        model.show(Dimension.DAY, UNTIL.minusDays(6), UNTIL);
        Path file = dir.resolve("no-such-folder").resolve("days.csv");
        model.exportCsv(file);
        assertTrue(!model.errorProperty().get().isEmpty());
        assertTrue(Files.notExists(file));
    }

    @Test
    void anEndBeforeTheStartIsExplained() {
        model.fromProperty().set(UNTIL);
        model.toProperty().set(UNTIL.minusDays(3));
        model.run();
        assertEquals("开始日期不能晚于结束日期。", model.errorProperty().get());
    }
}
