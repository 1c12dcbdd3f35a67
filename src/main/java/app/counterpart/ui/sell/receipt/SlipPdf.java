package app.counterpart.ui.sell.receipt;

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

/**
 * What every till slip's PDF shares (the receipt and the Z report): the fonts for the paper, a
 * two-column table as wide as the printable roll, label-and-amount rows, dashed rules, and one page
 * exactly as long as the slip. Each slip lays out its own rows with these.
 */
final class SlipPdf {

    private static final float MARGIN_Y = 10;

    final FontSelector body;
    final FontSelector small;
    final FontSelector large;
    final FontSelector bold;
    final FontSelector reversed;

    /** @param reversedGrow how much larger than body text the white-on-black heading is */
    SlipPdf(Paper paper, float reversedGrow) {
        float size = paper == Paper.MM58 ? 7.5f : 8.5f;
        this.body = PdfSlipFonts.selector(size, false, Color.BLACK);
        this.small = PdfSlipFonts.selector(size - 1, false, Color.BLACK);
        this.large = PdfSlipFonts.selector(size + 2.5f, true, Color.BLACK);
        this.bold = PdfSlipFonts.selector(size, true, Color.BLACK);
        this.reversed = PdfSlipFonts.selector(size + reversedGrow, true, Color.WHITE);
    }

    /** Label on the left (three fifths), amount on the right, across the printable width. */
    static PdfPTable table(Paper paper) throws DocumentException {
        PdfPTable t = new PdfPTable(2);
        t.setTotalWidth(paper.printablePt());
        t.setLockedWidth(true);
        t.setWidths(new float[] {3, 2});
        return t;
    }

    /** One page as wide as the roll and as long as the table. */
    static byte[] write(PdfPTable table, Paper paper, String title) throws DocumentException {
        float side = (paper.widthPt() - paper.printablePt()) / 2;
        // The page is as long as the slip; a little slack keeps rounding from spilling a row over.
        Rectangle page = new Rectangle(paper.widthPt(), table.getTotalHeight() + 2 * MARGIN_Y + 4);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(page, side, side, MARGIN_Y, MARGIN_Y);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(title);
            pdf.addCreator("Counterpart");
            pdf.open();
            pdf.add(table);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }

    static PdfPCell cell(String text, FontSelector font, int align) {
        PdfPCell c = new PdfPCell(font.process(text));
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(align);
        c.setPaddingLeft(0);
        c.setPaddingRight(0);
        c.setPaddingTop(1);
        c.setPaddingBottom(2);
        return c;
    }

    static PdfPCell span(String text, FontSelector font, int align) {
        PdfPCell c = cell(text, font, align);
        c.setColspan(2);
        return c;
    }

    static PdfPCell centred(String text, FontSelector font) {
        return span(text, font, Element.ALIGN_CENTER);
    }

    static void addRow(PdfPTable t, String label, String amount, FontSelector font) {
        t.addCell(cell(label, font, Element.ALIGN_LEFT));
        PdfPCell right = cell(amount, font, Element.ALIGN_RIGHT);
        right.setNoWrap(true);
        t.addCell(right);
    }

    /** A dashed line across the slip between its parts. */
    PdfPCell rule() {
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
