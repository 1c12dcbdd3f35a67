package app.counterpart.ui.sell.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.counterpart.core.sell.receipt.ReceiptSamples;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReceiptPrinterTest {

    private final List<ReceiptPrinter.Result> results = new ArrayList<>();

    @Test
    void withoutAPrinterTheCashierIsToldSoOnce() {
        new ReceiptPrinter(new SameThreadTaskExecutor(), Optional::empty).print(
                ReceiptNodeTest.receipt(ReceiptSamples.richSale(), new I18n(I18n.ENGLISH)), results::add);

        assertEquals(1, results.size());
        ReceiptPrinter.Result r = results.get(0);
        assertEquals(ReceiptPrinter.Outcome.NO_PRINTER, r.outcome());
        assertFalse(r.printed());
        assertEquals("receipt.print.noPrinter", r.messageKey());
        assertEquals("No printer is set up on this computer. The sale is saved; print the receipt later or save it "
                + "as PDF.", r.message(new I18n(I18n.ENGLISH)));
        assertEquals("这台电脑没有设置打印机。销售已保存，可稍后补打小票或保存为 PDF。", r.message(new I18n(I18n.CHINESE)));
    }

    @Test
    void aPrintSystemThatFailsToAnswerGivesAMessageNotACrash() {
        new ReceiptPrinter(new SameThreadTaskExecutor(), () -> {
            throw new IllegalStateException("spooler gone");
        }).print(ReceiptNodeTest.receipt(ReceiptSamples.richSale(), new I18n(I18n.ENGLISH)), results::add);

        assertEquals(1, results.size());
        assertEquals(ReceiptPrinter.Outcome.FAILED, results.get(0).outcome());
        assertEquals("The printer could not be reached. The sale is saved; try again or save the receipt as PDF.",
                results.get(0).message(new I18n(I18n.ENGLISH)));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0-500,                            500,  0
            0-300 300-600 600-900 900-1200,   1200, 0 900
            0-500 500-1000 1000-1500,         1500, 0 1000
            0-400 400-800 800-1200 1200-1600 1600-2000 2000-2400 2400-2800, 2800, 0 800 1600 2400
            """)
    void aLongReceiptBreaksBetweenRowsOnSheetPrinters(String rows, double end, String starts) {
        List<double[]> spans = new ArrayList<>();
        for (String row : rows.split(" ")) {
            String[] ends = row.split("-");
            spans.add(new double[] {Double.parseDouble(ends[0]), Double.parseDouble(ends[1])});
        }
        assertEquals(starts, join(ReceiptPrinter.pageStarts(spans, end, 1000)));
    }

    @Test
    void aRowTallerThanAPageIsCutWhereThePageEnds() {
        List<double[]> rows = List.of(new double[] {0, 10}, new double[] {10, 2500});
        assertEquals("0 10 1010 2010", join(ReceiptPrinter.pageStarts(rows, 2500, 1000)));
    }

    private static String join(List<Double> starts) {
        return String.join(" ", starts.stream().map(d -> String.valueOf(Math.round(d))).toList());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            136,  MM58
            164,  MM58
            204,  MM80
            540,  MM80
            """)
    void theLayoutFollowsThePrintersPaper(double printableWidthPoints, Paper paper) {
        assertEquals(paper, Paper.forPrintableWidthPoints(printableWidthPoints));
    }
}
