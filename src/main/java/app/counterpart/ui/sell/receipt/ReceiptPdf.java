package app.counterpart.ui.sell.receipt;

import static app.counterpart.ui.sell.receipt.SlipPdf.addRow;
import static app.counterpart.ui.sell.receipt.SlipPdf.centred;
import static app.counterpart.ui.sell.receipt.SlipPdf.span;

import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sell.receipt.Code128;
import app.counterpart.core.sell.receipt.Receipt;
import app.counterpart.core.sell.receipt.Receipt.Amount;
import app.counterpart.core.sell.receipt.Receipt.Field;
import app.counterpart.core.sell.receipt.Receipt.Line;
import app.counterpart.core.sell.receipt.Receipt.Role;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * A receipt as a PDF page exactly as wide as the roll and as long as the receipt, for e-mailing,
 * archiving or printing from another machine. The barcode is drawn from the same {@link Code128}
 * modules as on screen and on the till's printer, so every copy scans alike.
 */
public final class ReceiptPdf {

    private static final float BAR_HEIGHT = 34;
    /** A module of 1 pt (0.35 mm) reads easily; longer numbers get narrower modules to fit the paper. */
    private static final float MAX_MODULE = 1f;

    private final SlipPdf slip;

    private ReceiptPdf(Paper paper) {
        this.slip = new SlipPdf(paper, 2.5f);
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
        return SlipPdf.write(table(receipt, paper), paper, receipt.title() + " " + receipt.saleNumber());
    }

    private PdfPTable table(Receipt receipt, Paper paper) throws DocumentException {
        PdfPTable t = SlipPdf.table(paper);

        List<String> shop = receipt.shopLines();
        t.addCell(centred(shop.get(0), slip.large));
        for (String line : shop.subList(1, shop.size())) {
            t.addCell(centred(line, slip.small));
        }
        t.addCell(title(receipt));
        t.addCell(slip.rule());
        for (Field f : receipt.details()) {
            addRow(t, f.label(), f.value(), slip.small);
        }
        t.addCell(slip.rule());
        for (Line l : receipt.lines()) {
            t.addCell(span(l.name(), slip.body, Element.ALIGN_LEFT));
            addRow(t, "  " + l.quantityText(), l.grossText(), slip.body);
            l.discountIfAny().ifPresent(d -> addRow(t, "  " + d.label(), d.text(), slip.small));
        }
        t.addCell(slip.rule());
        for (Amount a : receipt.totals()) {
            addRow(t, a.label(), a.text(), a.role() == Role.TOTAL ? slip.large
                    : a.role() == Role.TAX_INCLUDED ? slip.small : slip.body);
        }
        t.addCell(slip.rule());
        for (Amount a : receipt.payments()) {
            addRow(t, a.role() == Role.PAYMENT ? a.label() : "  " + a.label(), a.text(),
                    a.role() == Role.CHANGE ? slip.bold : slip.body);
        }
        receipt.barcode().ifPresent(code -> t.addCell(barcode(code, paper)));
        PdfPCell number = centred(receipt.saleNumber(), slip.small);
        number.setPaddingBottom(6);
        t.addCell(number);
        t.addCell(centred(receipt.footer(), slip.small));
        return t;
    }

    /** A refund or void heading is reversed out, as on the printed slip. */
    private PdfPCell title(Receipt receipt) {
        boolean reversal = receipt.kind() != SaleKind.SALE;
        PdfPCell c = centred(receipt.title(), reversal ? slip.reversed : slip.large);
        c.setPaddingTop(6);
        c.setPaddingBottom(reversal ? 5 : 3);
        if (reversal) {
            c.setBackgroundColor(Color.BLACK);
        }
        return c;
    }

    private PdfPCell barcode(Code128 code, Paper paper) {
        PdfPCell c = span("", slip.body, Element.ALIGN_CENTER);
        c.setFixedHeight(BAR_HEIGHT + 10);
        c.setCellEvent(new Bars(code, Math.min(MAX_MODULE, (paper.widthPt() - 4) / code.width())));
        return c;
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
