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
            500,   1000, 1
            1000,  1000, 1
            1001,  1000, 2
            2999,  1000, 3
            """)
    void aLongReceiptIsCutIntoPagesOnSheetPrinters(double height, double slice, int pages) {
        assertEquals(pages, ReceiptPrinter.pages(height, slice));
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
