package app.counterpart.ui.sell.receipt;

import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sell.receipt.Code128;
import app.counterpart.core.sell.receipt.Receipt;
import app.counterpart.core.sell.receipt.Receipt.Amount;
import app.counterpart.core.sell.receipt.Receipt.Field;
import app.counterpart.core.sell.receipt.Receipt.Line;
import app.counterpart.core.sell.receipt.Receipt.Role;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A receipt as it comes out of the printer: white paper, black ink, the shop on top, lines and figures
 * in two aligned columns, then the barcode of the sale number. Built from plain {@link Text} and shapes
 * with explicit fonts and colours rather than styled controls, so it looks the same in the preview, on
 * paper and in any theme, and needs no stylesheet when printed.
 */
public final class ReceiptNode extends SlipNode {

    private static final double BAR_HEIGHT = 44;

    public ReceiptNode(Receipt receipt, Paper paper) {
        super(paper, "receipt");

        List<String> shop = receipt.shopLines();
        getChildren().add(centred(shop.get(0), large));
        for (String line : shop.subList(1, shop.size())) {
            getChildren().add(centred(line, small));
        }
        getChildren().add(gap(4));
        getChildren().add(title(receipt));
        getChildren().add(rule());
        for (Field f : receipt.details()) {
            getChildren().add(row(f.label(), f.value(), small, null));
        }
        getChildren().add(rule());
        for (Line l : receipt.lines()) {
            getChildren().add(wrapped(l.name(), body));
            getChildren().add(row("  " + l.quantityText(), l.grossText(), body, null));
            l.discountIfAny().ifPresent(d -> getChildren().add(row("  " + d.label(), d.text(), small, null)));
        }
        getChildren().add(rule());
        for (Amount a : receipt.totals()) {
            boolean total = a.role() == Role.TOTAL;
            getChildren().add(row(a.label(), a.text(), total ? large : a.role() == Role.TAX_INCLUDED ? small : body,
                    total ? "receipt-total" : null));
        }
        getChildren().add(rule());
        for (Amount a : receipt.payments()) {
            String label = a.role() == Role.PAYMENT ? a.label() : "  " + a.label();
            getChildren().add(row(label, a.text(), a.role() == Role.CHANGE ? bold : body, null));
        }
        getChildren().add(gap(8));
        receipt.barcode().ifPresent(code -> getChildren().add(barcode(code)));
        Text number = centred(receipt.saleNumber(), small);
        number.setId("receipt-number");
        getChildren().add(number);
        getChildren().add(gap(6));
        getChildren().add(centred(receipt.footer(), small));
    }

    /** A refund or void must not pass for a sale at a glance: its heading is printed reversed out. */
    private Node title(Receipt receipt) {
        boolean reversal = receipt.kind() != SaleKind.SALE;
        Text t = text(receipt.title(), large);
        t.setId("receipt-title");
        StackPane box = new StackPane(t);
        box.setPrefWidth(width);
        box.setMinWidth(width);
        if (reversal) {
            t.setFill(Color.WHITE);
            box.setPadding(new Insets(3, 0, 3, 0));
            box.setBackground(new Background(new BackgroundFill(Color.BLACK, null, null)));
        }
        return box;
    }

    /** A label-and-amount row, with an id where a test or the printer looks for it. */
    private Node row(String left, String right, Font font, String id) {
        HBox row = row(left, right, font, 0);
        if (id != null) {
            row.setId(id);
        }
        return row;
    }

    /**
     * The bars as rectangles, which print as sharp vector shapes at any printer resolution. A module is
     * a whole pixel where the paper allows, so the preview is crisp too; quiet zones are part of the
     * modules and stay white.
     */
    private Node barcode(Code128 code) {
        double available = paper.widthPx() - 2;
        double module = available / code.width() >= 1 ? Math.floor(available / code.width())
                : available / code.width();
        Pane bars = new Pane();
        bars.setId("receipt-barcode");
        for (Code128.Bar bar : code.bars()) {
            Rectangle r = new Rectangle(bar.x() * module, 0, bar.width() * module, BAR_HEIGHT);
            r.setFill(Color.BLACK);
            bars.getChildren().add(r);
        }
        double w = code.width() * module;
        bars.setMinSize(w, BAR_HEIGHT);
        bars.setPrefSize(w, BAR_HEIGHT);
        bars.setMaxSize(w, BAR_HEIGHT);
        StackPane centre = new StackPane(bars);
        centre.setPrefWidth(width);
        centre.setMinWidth(width);
        return centre;
    }
}
