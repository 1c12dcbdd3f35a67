package app.counterpart.ui.sell.receipt;

import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sell.receipt.Code128;
import app.counterpart.core.sell.receipt.Receipt;
import app.counterpart.core.sell.receipt.Receipt.Amount;
import app.counterpart.core.sell.receipt.Receipt.Field;
import app.counterpart.core.sell.receipt.Receipt.Line;
import app.counterpart.core.sell.receipt.Receipt.Role;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
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
 * A receipt as a PDF page exactly as wide as the roll and as long as the receipt, for e-mailing,
 * archiving or printing from another machine. The barcode is drawn from the same {@link Code128}
 * modules as on screen and on the till's printer, so every copy scans alike.
 */
public final class ReceiptPdf {

    private static final float MARGIN_Y = 10;
    private static final float BAR_HEIGHT = 34;
    /** A module of 1 pt (0.35 mm) reads easily; longer numbers get narrower modules to fit the paper. */
    private static final float MAX_MODULE = 1f;

    private final FontSelector body;
    private final FontSelector small;
    private final FontSelector large;
    private final FontSelector bold;
    private final FontSelector reversed;

    private ReceiptPdf(Paper paper) {
        float size = paper == Paper.MM58 ? 7.5f : 8.5f;
        this.body = PdfSlipFonts.selector(size, false, Color.BLACK);
        this.small = PdfSlipFonts.selector(size - 1, false, Color.BLACK);
        this.large = PdfSlipFonts.selector(size + 2.5f, true, Color.BLACK);
        this.bold = PdfSlipFonts.selector(size, true, Color.BLACK);
        this.reversed = PdfSlipFonts.selector(size + 2.5f, true, Color.WHITE);
    }

    /** The receipt on 80 mm paper. */
    public static byte[] render(Receipt receipt) throws IOException {
        return render(receipt, Paper.MM80);
    }

    public static byte[] render(Receipt receipt, Paper paper) throws IOException {
        try {
            return new ReceiptPdf(paper).write(receipt, paper);
        } catch (DocumentException e) {
            throw new IOException("The PDF could not be written: " + e.getMessage(), e);
        }
    }

    private byte[] write(Receipt receipt, Paper paper) throws DocumentException {
        PdfPTable table = table(receipt, paper);
        float side = (paper.widthPt() - paper.printablePt()) / 2;
        // The page is as long as the receipt; a little slack keeps rounding from spilling a row over.
        Rectangle page = new Rectangle(paper.widthPt(), table.getTotalHeight() + 2 * MARGIN_Y + 4);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(page, side, side, MARGIN_Y, MARGIN_Y);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(receipt.title() + " " + receipt.saleNumber());
            pdf.addCreator("Counterpart");
            pdf.open();
            pdf.add(table);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }

    private PdfPTable table(Receipt receipt, Paper paper) throws DocumentException {
        PdfPTable t = new PdfPTable(2);
        t.setTotalWidth(paper.printablePt());
        t.setLockedWidth(true);
        t.setWidths(new float[] {3, 2});

        List<String> shop = receipt.shopLines();
        t.addCell(centred(shop.get(0), large));
        for (String line : shop.subList(1, shop.size())) {
            t.addCell(centred(line, small));
        }
        t.addCell(title(receipt));
        t.addCell(rule());
        for (Field f : receipt.details()) {
            addRow(t, f.label(), f.value(), small);
        }
        t.addCell(rule());
        for (Line l : receipt.lines()) {
            t.addCell(span(l.name(), body, Element.ALIGN_LEFT));
            addRow(t, "  " + l.quantityText(), l.grossText(), body);
            l.discountIfAny().ifPresent(d -> addRow(t, "  " + d.label(), d.text(), small));
        }
        t.addCell(rule());
        for (Amount a : receipt.totals()) {
            addRow(t, a.label(), a.text(), a.role() == Role.TOTAL ? large
                    : a.role() == Role.TAX_INCLUDED ? small : body);
        }
        t.addCell(rule());
        for (Amount a : receipt.payments()) {
            addRow(t, a.role() == Role.PAYMENT ? a.label() : "  " + a.label(), a.text(),
                    a.role() == Role.CHANGE ? bold : body);
        }
        receipt.barcode().ifPresent(code -> t.addCell(barcode(code, paper)));
        PdfPCell number = centred(receipt.saleNumber(), small);
        number.setPaddingBottom(6);
        t.addCell(number);
        t.addCell(centred(receipt.footer(), small));
        return t;
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

    /** A refund or void heading is reversed out, as on the printed slip. */
    private PdfPCell title(Receipt receipt) {
        boolean reversal = receipt.kind() != SaleKind.SALE;
        PdfPCell c = centred(receipt.title(), reversal ? reversed : large);
        c.setPaddingTop(6);
        c.setPaddingBottom(reversal ? 5 : 3);
        if (reversal) {
            c.setBackgroundColor(Color.BLACK);
        }
        return c;
    }

    private PdfPCell rule() {
        PdfPCell c = span("", body, Element.ALIGN_LEFT);
        c.setFixedHeight(8);
        c.setCellEvent(new DashedRule());
        return c;
    }

    private PdfPCell barcode(Code128 code, Paper paper) {
        PdfPCell c = span("", body, Element.ALIGN_CENTER);
        c.setFixedHeight(BAR_HEIGHT + 10);
        c.setCellEvent(new Bars(code, Math.min(MAX_MODULE, (paper.widthPt() - 4) / code.width())));
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

    /** Draws the bars centred in the cell; the quiet zones are simply left blank. */
    private record Bars(Code128 code, float module) implements PdfPCellEvent {
        @Override
        public void cellLayout(PdfPCell cell, Rectangle box, PdfContentByte[] canvases) {
            PdfContentByte cb = canvases[PdfPTable.BACKGROUNDCANVAS];
            float left = (box.getLeft() + box.getRight() - code.width() * module) / 2;
            float bottom = box.getBottom() + (box.getHeight() - BAR_HEIGHT) / 2;
            cb.saveState();
            cb.setGrayFill(0f);
            for (Code128.Bar bar : code.bars()) {
                cb.rectangle(left + bar.x() * module, bottom, bar.width() * module, BAR_HEIGHT);
            }
            cb.fill();
            cb.restoreState();
        }
    }
}
