package app.counterpart.ui.sell.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sell.receipt.Code128Decoder;
import app.counterpart.core.sell.receipt.Receipt;
import app.counterpart.core.sell.receipt.ReceiptSamples;
import app.counterpart.ui.common.I18n;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReceiptPdfTest {

    private static Receipt receipt(Sale sale, I18n i18n) {
        return ReceiptSamples.receipt(sale, new I18nReceiptText(i18n));
    }

    /** Leaves a copy beside the screenshots for a person to open. */
    private static void keep(byte[] pdf, String name) throws Exception {
        Files.createDirectories(ReceiptNodeTest.SHOTS);
        Files.write(ReceiptNodeTest.SHOTS.resolve(name), pdf);
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            assertEquals(1, reader.getNumberOfPages(), "a receipt is one long page");
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void aSaleReadsBackWithItsNumberTotalAndChange(Paper paper) throws Exception {
        Receipt r = receipt(ReceiptSamples.richSale(), new I18n(I18n.ENGLISH));
        byte[] pdf = ReceiptPdf.render(r, paper);
        keep(pdf, "receipt-" + paper.name().toLowerCase() + "-en.pdf");

        String text = text(pdf);
        assertTrue(text.contains(r.saleNumber()), text);
        assertTrue(text.contains(r.amount(Receipt.Role.TOTAL).orElseThrow().text()), text);
        assertTrue(text.contains(r.amount(Receipt.Role.CHANGE).orElseThrow().text()), text);
        assertTrue(text.contains("Camellia & Crumb"), text);
        PdfReader reader = new PdfReader(pdf);
        assertEquals(paper.widthPt(), reader.getPageSize(1).getWidth(), 0.5);
        reader.close();
    }

    @Test
    void theBarsDrawnInThePdfScanAsTheSaleNumber() throws Exception {
        Sale refund = ReceiptSamples.first(s -> s.kind() == SaleKind.REFUND);
        Receipt r = receipt(refund, new I18n(I18n.ENGLISH));
        PdfReader reader = new PdfReader(ReceiptPdf.render(r, Paper.MM58));
        String content = new String(reader.getPageContent(1), StandardCharsets.ISO_8859_1);
        reader.close();
        // Every bar is a rectangle of the bar height; the title's black box is taller and wider.
        Matcher m = Pattern.compile("([-\\d.]+) ([-\\d.]+) ([-\\d.]+) ([-\\d.]+) re").matcher(content);
        List<double[]> bars = new ArrayList<>();
        while (m.find()) {
            double x = Double.parseDouble(m.group(1));
            double w = Double.parseDouble(m.group(3));
            double h = Double.parseDouble(m.group(4));
            if (Math.abs(h - 34) < 0.01) {
                bars.add(new double[] {x, w});
            }
        }
        bars.sort(java.util.Comparator.comparingDouble(b -> b[0]));
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            if (i > 0) {
                runs.add(bars.get(i)[0] - (bars.get(i - 1)[0] + bars.get(i - 1)[1]));
            }
            runs.add(bars.get(i)[1]);
        }
        assertEquals(r.saleNumber(), Code128Decoder.decodeScan(runs));
    }

    @Test
    void aRefundReadsBackWithTheOriginalSaleNumber() throws Exception {
        Sale refund = ReceiptSamples.first(s -> s.kind() == SaleKind.REFUND);
        Receipt r = receipt(refund, new I18n(I18n.ENGLISH));
        byte[] pdf = ReceiptPdf.render(r);
        keep(pdf, "receipt-refund-en.pdf");
        String text = text(pdf);
        assertTrue(text.contains("REFUND"), text);
        assertTrue(text.contains(r.originalSaleNumber()), text);
        assertTrue(text.contains(r.amount(Receipt.Role.TOTAL).orElseThrow().text()), text);
    }

    @Test
    void aChineseReceiptKeepsItsChineseText() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")),
                "needs a Chinese font installed");
        Receipt r = receipt(ReceiptSamples.richSale(), new I18n(I18n.CHINESE));
        byte[] pdf = ReceiptPdf.render(r);
        keep(pdf, "receipt-zh.pdf");
        String text = text(pdf);
        assertTrue(text.contains("茶与酥"), text);
        assertTrue(text.contains("合计"), text);
        assertTrue(text.contains(r.saleNumber()), text);
    }

    @Test
    void aLongSaleStillFitsOnePage() throws Exception {
        Sale longest = ReceiptSamples.history().stream()
                .max(java.util.Comparator.comparingInt(s -> s.lines().size())).orElseThrow();
        Receipt r = receipt(longest, new I18n(I18n.ENGLISH));
        assertTrue(text(ReceiptPdf.render(r, Paper.MM58)).contains(r.saleNumber()));
    }
}
