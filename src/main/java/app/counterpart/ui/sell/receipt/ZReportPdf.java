package app.counterpart.ui.sell.receipt;

import static app.counterpart.ui.sell.receipt.SlipPdf.addRow;
import static app.counterpart.ui.sell.receipt.SlipPdf.cell;
import static app.counterpart.ui.sell.receipt.SlipPdf.centred;
import static app.counterpart.ui.sell.receipt.SlipPdf.span;

import app.counterpart.core.sell.receipt.Receipt.Field;
import app.counterpart.core.sell.receipt.ZReportDocument;
import app.counterpart.core.sell.receipt.ZReportDocument.Balance;
import app.counterpart.core.sell.receipt.ZReportDocument.Movement;
import app.counterpart.core.sell.receipt.ZReportDocument.Role;
import app.counterpart.core.sell.receipt.ZReportDocument.Row;
import app.counterpart.core.sell.receipt.ZReportDocument.Section;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * A Z report as one PDF page as wide as the roll and as long as the report, for the owner's records
 * or printing elsewhere. Laid out like {@link ZReportNode}: the same rows, the difference of a drawer
 * that is over or short reversed out.
 */
public final class ZReportPdf {


    private final SlipPdf slip;

    private ZReportPdf(Paper paper) {
        this.slip = new SlipPdf(paper, 1.5f);
    }

    /** The report on 80 mm paper. */
    public static byte[] render(ZReportDocument report) throws IOException {
        return render(report, Paper.MM80);
    }

    public static byte[] render(ZReportDocument report, Paper paper) throws IOException {
        try {
            return new ZReportPdf(paper).write(report, paper);
        } catch (DocumentException e) {
            throw new IOException("The PDF could not be written: " + e.getMessage(), e);
        }
    }

    private byte[] write(ZReportDocument report, Paper paper) throws DocumentException {
        return SlipPdf.write(table(report, paper), paper, report.title() + " " + report.reference());
    }

    private PdfPTable table(ZReportDocument report, Paper paper) throws DocumentException {
        PdfPTable t = SlipPdf.table(paper);

        List<String> shop = report.shopLines();
        t.addCell(centred(shop.get(0), slip.large));
        for (String line : shop.subList(1, shop.size())) {
            t.addCell(centred(line, slip.small));
        }
        PdfPCell title = centred(report.title(), slip.large);
        title.setPaddingTop(6);
        t.addCell(title);
        t.addCell(slip.rule());
        for (Field f : report.details()) {
            addRow(t, f.label(), f.value(), slip.small);
        }
        section(t, report.sales(), report.balance());
        section(t, report.tenders(), report.balance());
        section(t, report.drawer(), report.balance());
        t.addCell(slip.rule());
        t.addCell(span(report.movementsHeading(), slip.bold, Element.ALIGN_LEFT));
        if (report.movements().isEmpty()) {
            t.addCell(span(report.noMovements(), slip.small, Element.ALIGN_LEFT));
        }
        for (Movement m : report.movements()) {
            addRow(t, m.time() + "  " + m.direction(), m.amountText(), slip.body);
            PdfPCell reason = span(m.reason() + (m.person().isEmpty() ? "" : " · " + m.person()), slip.small,
                    Element.ALIGN_LEFT);
            reason.setPaddingLeft(12);
            t.addCell(reason);
        }
        return t;
    }

    private void section(PdfPTable t, Section s, Balance balance) {
        t.addCell(slip.rule());
        t.addCell(span(s.heading(), slip.bold, Element.ALIGN_LEFT));
        for (Row r : s.rows()) {
            if (r.role() == Role.DIFFERENCE && balance != Balance.EVEN) {
                // Over or short is printed white on black, as on the till's slip.
                PdfPCell left = cell(r.label(), slip.reversed, Element.ALIGN_LEFT);
                PdfPCell right = cell(r.text(), slip.reversed, Element.ALIGN_RIGHT);
                right.setNoWrap(true);
                for (PdfPCell c : List.of(left, right)) {
                    c.setBackgroundColor(Color.BLACK);
                    c.setPaddingTop(3);
                    c.setPaddingBottom(4);
                }
                left.setPaddingLeft(3);
                right.setPaddingRight(3);
                t.addCell(left);
                t.addCell(right);
            } else {
                addRow(t, r.label(), r.text(), stressed(r.role()) ? slip.bold : slip.body);
            }
        }
    }

    private static boolean stressed(Role role) {
        return role == Role.REVENUE || role == Role.TENDERS_TOTAL || role == Role.EXPECTED || role == Role.COUNTED
                || role == Role.DIFFERENCE;
    }

}
