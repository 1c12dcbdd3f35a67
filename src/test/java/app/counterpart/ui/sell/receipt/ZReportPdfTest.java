package app.counterpart.ui.sell.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.sell.receipt.ZReportDocument;
import app.counterpart.core.sell.receipt.ZReportDocument.Role;
import app.counterpart.core.sell.receipt.ZReportSamples;
import app.counterpart.ui.common.I18n;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ZReportPdfTest {

    private static ZReportDocument document(long differenceMinor, I18n i18n) {
        return ZReportSamples.document(ZReportSamples.report(differenceMinor), new I18nZReportText(i18n));
    }

    private static void keep(byte[] pdf, String name) throws Exception {
        Files.createDirectories(ReceiptNodeTest.SHOTS);
        Files.write(ReceiptNodeTest.SHOTS.resolve(name), pdf);
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            assertEquals(1, reader.getNumberOfPages(), "a Z report is one long page");
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void aShortDrawerReadsBackWithExpectedCountedAndTheDifference(Paper paper) throws Exception {
        ZReportDocument d = document(-ZReportSamples.SHORT_BY, new I18n(I18n.ENGLISH));
        byte[] pdf = ZReportPdf.render(d, paper);
        keep(pdf, "zreport-" + paper.name().toLowerCase() + "-en.pdf");

        String text = text(pdf);
        assertTrue(text.contains("Expected in drawer"), text);
        assertTrue(text.contains(d.row(Role.EXPECTED).orElseThrow().text()), text);
        assertTrue(text.contains(d.row(Role.COUNTED).orElseThrow().text()), text);
        // The reversed-out row may come back split over lines, so its words are looked for one by one.
        assertTrue(text.contains("Difference") && text.contains("(SHORT)"), text);
        assertTrue(text.contains("-¥12.50"), text);
        assertTrue(text.contains(d.row(Role.REVENUE).orElseThrow().text()), text);
        assertTrue(text.contains("Bank drop"), text);
        assertTrue(text.contains("Camellia & Crumb"), text);
        PdfReader reader = new PdfReader(pdf);
        assertEquals(paper.widthPt(), reader.getPageSize(1).getWidth(), 0.5);
        reader.close();
    }

    @Test
    void anOverDrawerSaysSoWithAPlusSign() throws Exception {
        ZReportDocument d = document(2_000, new I18n(I18n.ENGLISH));
        String text = text(ZReportPdf.render(d));
        assertTrue(text.contains("Difference") && text.contains("(OVER)"), text);
        assertTrue(text.contains("+¥20.00"), text);
        assertTrue(text.contains(d.row(Role.EXPECTED).orElseThrow().text()), text);
    }

    @Test
    void aChineseReportKeepsItsChineseText() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")),
                "needs a Chinese font installed");
        ZReportDocument d = document(-ZReportSamples.SHORT_BY, new I18n(I18n.CHINESE));
        byte[] pdf = ZReportPdf.render(d);
        keep(pdf, "zreport-zh.pdf");
        String text = text(pdf);
        assertTrue(text.contains("茶与酥"), text);
        assertTrue(text.contains("应有现金"), text);
        assertTrue(text.contains("差额") && text.contains("短款"), text);
        assertTrue(text.contains(d.row(Role.DIFFERENCE).orElseThrow().text()), text);
        assertTrue(text.contains(d.row(Role.EXPECTED).orElseThrow().text()), text);
    }
}
