package app.counterpart.ui.sell.receipt;

import app.counterpart.core.sell.receipt.Receipt.Field;
import app.counterpart.core.sell.receipt.ZReportDocument;
import app.counterpart.core.sell.receipt.ZReportDocument.Balance;
import app.counterpart.core.sell.receipt.ZReportDocument.Movement;
import app.counterpart.core.sell.receipt.ZReportDocument.Role;
import app.counterpart.core.sell.receipt.ZReportDocument.Row;
import app.counterpart.core.sell.receipt.ZReportDocument.Section;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * A Z report as one PDF page as wide as the roll and as long as the report, for the owner's records
 * or printing elsewhere. Laid out like {@link ZReportNode}: the same rows, the difference of a drawer
 * that is over or short reversed out.
 */
public final class ZReportPdf {

    private static final float MARGIN_Y = 10;

    private final FontSelector body;
    private final FontSelector small;
    private final FontSelector large;
    private final FontSelector bold;
    private final FontSelector reversed;

    private ZReportPdf(Paper paper) {
        float size = paper == Paper.MM58 ? 7.5f : 8.5f;
        this.body = PdfSlipFonts.selector(size, false, Color.BLACK);
        this.small = PdfSlipFonts.selector(size - 1, false, Color.BLACK);
        this.large = PdfSlipFonts.selector(size + 2.5f, true, Color.BLACK);
        this.bold = PdfSlipFonts.selector(size, true, Color.BLACK);
        this.reversed = PdfSlipFonts.selector(size + 1.5f, true, Color.WHITE);
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
        PdfPTable table = table(report, paper);
        float side = (paper.widthPt() - paper.printablePt()) / 2;
        // The page is as long as the report; a little slack keeps rounding from spilling a row over.
        Rectangle page = new Rectangle(paper.widthPt(), table.getTotalHeight() + 2 * MARGIN_Y + 4);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(page, side, side, MARGIN_Y, MARGIN_Y);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(report.title() + " " + report.reference());
            pdf.addCreator("Counterpart");
            pdf.open();
            pdf.add(table);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }

    private PdfPTable table(ZReportDocument report, Paper paper) throws DocumentException {
        PdfPTable t = new PdfPTable(2);
        t.setTotalWidth(paper.printablePt());
        t.setLockedWidth(true);
        t.setWidths(new float[] {3, 2});

        List<String> shop = report.shopLines();
        t.addCell(centred(shop.get(0), large));
        for (String line : shop.subList(1, shop.size())) {
            t.addCell(centred(line, small));
        }
        PdfPCell title = centred(report.title(), large);
        title.setPaddingTop(6);
        t.addCell(title);
        t.addCell(rule());
        for (Field f : report.details()) {
            addRow(t, f.label(), f.value(), small);
        }
        section(t, report.sales(), report.balance());
        section(t, report.tenders(), report.balance());
        section(t, report.drawer(), report.balance());
        t.addCell(rule());
        t.addCell(span(report.movementsHeading(), bold, Element.ALIGN_LEFT));
        if (report.movements().isEmpty()) {
            t.addCell(span(report.noMovements(), small, Element.ALIGN_LEFT));
        }
        for (Movement m : report.movements()) {
            addRow(t, m.time() + "  " + m.direction(), m.amountText(), body);
            PdfPCell reason = span(m.reason() + (m.person().isEmpty() ? "" : " · " + m.person()), small,
                    Element.ALIGN_LEFT);
            reason.setPaddingLeft(12);
            t.addCell(reason);
        }
        return t;
    }

    private void section(PdfPTable t, Section s, Balance balance) {
        t.addCell(rule());
        t.addCell(span(s.heading(), bold, Element.ALIGN_LEFT));
        for (Row r : s.rows()) {
            if (r.role() == Role.DIFFERENCE && balance != Balance.EVEN) {
                // Over or short is printed white on black, as on the till's slip.
                PdfPCell left = cell(r.label(), reversed, Element.ALIGN_LEFT);
                PdfPCell right = cell(r.text(), reversed, Element.ALIGN_RIGHT);
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
                addRow(t, r.label(), r.text(), stressed(r.role()) ? bold : body);
            }
        }
    }

    private static boolean stressed(Role role) {
        return role == Role.REVENUE || role == Role.TENDERS_TOTAL || role == Role.EXPECTED || role == Role.COUNTED
                || role == Role.DIFFERENCE;
    }

    private static PdfPCell cell(String text, FontSelector font, int align) {
        PdfPCell c = new PdfPCell(font.process(text));
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(align);
        c.setPaddingLeft(0);
        c.setPaddingRight(0);
        c.setPaddingTop(1);
        c.setPaddingBottom(2);
        return c;
    }

    private static PdfPCell span(String text, FontSelector font, int align) {
        PdfPCell c = cell(text, font, align);
        c.setColspan(2);
        return c;
    }

    private static PdfPCell centred(String text, FontSelector font) {
        return span(text, font, Element.ALIGN_CENTER);
    }

    private static void addRow(PdfPTable t, String label, String amount, FontSelector font) {
        t.addCell(cell(label, font, Element.ALIGN_LEFT));
        PdfPCell right = cell(amount, font, Element.ALIGN_RIGHT);
        right.setNoWrap(true);
        t.addCell(right);
    }

    private PdfPCell rule() {
        PdfPCell c = span("", body, Element.ALIGN_LEFT);
        c.setFixedHeight(8);
        c.setCellEvent(new DashedRule());
        return c;
    }

    private static final class DashedRule implements PdfPCellEvent {
        @Override
        public void cellLayout(PdfPCell cell, Rectangle box, PdfContentByte[] canvases) {
            PdfContentByte cb = canvases[PdfPTable.LINECANVAS];
            float y = (box.getTop() + box.getBottom()) / 2;
            cb.saveState();
            cb.setLineWidth(0.5f);
            cb.setLineDash(2f, 2f, 0f);
            cb.setGrayStroke(0.35f);
            cb.moveTo(box.getLeft(), y);
            cb.lineTo(box.getRight(), y);
            cb.stroke();
            cb.restoreState();
        }
    }
}
