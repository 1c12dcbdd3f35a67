package app.counterpart.ui.sell.receipt;

import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sell.receipt.Code128;
import app.counterpart.core.sell.receipt.Receipt;
import app.counterpart.core.sell.receipt.Receipt.Amount;
import app.counterpart.core.sell.receipt.Receipt.Field;
import app.counterpart.core.sell.receipt.Receipt.Line;
import app.counterpart.core.sell.receipt.Receipt.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A receipt as it comes out of the printer: white paper, black ink, the shop on top, lines and figures
 * in two aligned columns, then the barcode of the sale number. Built from plain {@link Text} and shapes
 * with explicit fonts and colours rather than styled controls, so it looks the same in the preview, on
 * paper and in any theme, and needs no stylesheet when printed.
 */
public final class ReceiptNode extends VBox {

    /** Fixed-width faces for the look of a till slip; the first two have Chinese in the same design. */
    private static final List<String> FAMILIES = List.of("Noto Sans Mono CJK SC", "Sarasa Mono SC",
            "DejaVu Sans Mono", "Consolas", "Menlo", "Monospaced");
    private static final Set<String> WITH_CHINESE = Set.of("Noto Sans Mono CJK SC", "Sarasa Mono SC");
    /**
     * With a Latin-only face, text with Chinese in it is set in one of these instead: the fallback font
     * that would draw it otherwise is never made bold, and the total must stand out in Chinese too.
     */
    private static final List<String> CHINESE_FAMILIES = List.of("Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC",
            "Source Han Sans SC", "WenQuanYi Micro Hei");
    private static final double BAR_HEIGHT = 44;

    private final Paper paper;
    private final double width;
    private final Font body;
    private final Font bold;
    private final Font small;
    private final Font large;
    private final String chinese;

    public ReceiptNode(Receipt receipt, Paper paper) {
        this.paper = paper;
        this.width = paper.printablePx();
        String family = first(FAMILIES).orElse("Monospaced");
        this.chinese = WITH_CHINESE.contains(family) ? null : first(CHINESE_FAMILIES).orElse(null);
        double size = paper.fontPx();
        this.body = Font.font(family, size);
        this.bold = Font.font(family, FontWeight.BOLD, size);
        this.small = Font.font(family, size - 1.5);
        this.large = Font.font(family, FontWeight.BOLD, size + 3);

        setId("receipt");
        getStyleClass().add("receipt-paper");
        double side = (paper.widthPx() - width) / 2;
        setPadding(new Insets(14, side, 18, side));
        setSpacing(3);
        setBackground(new Background(new BackgroundFill(Color.WHITE, null, null)));
        setMinWidth(paper.widthPx());
        setPrefWidth(paper.widthPx());
        setMaxWidth(paper.widthPx());
        setFillWidth(false);

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

    public Paper paper() {
        return paper;
    }

    private static Optional<String> first(List<String> families) {
        List<String> installed = Font.getFamilies();
        return families.stream().filter(installed::contains).findFirst();
    }

    private Text text(String s, Font font) {
        Text t = new Text(s);
        t.setFont(chinese != null && hasChinese(s)
                ? Font.font(chinese, font.getStyle().contains("Bold") ? FontWeight.BOLD : FontWeight.NORMAL,
                        font.getSize())
                : font);
        t.setFill(Color.BLACK);
        return t;
    }

    private static boolean hasChinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private Text centred(String s, Font font) {
        Text t = text(s, font);
        t.setWrappingWidth(width);
        t.setTextAlignment(TextAlignment.CENTER);
        return t;
    }

    private Text wrapped(String s, Font font) {
        Text t = text(s, font);
        t.setWrappingWidth(width);
        return t;
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

    /** Label on the left (wrapping if long), amount on the right, on one baseline even in different fonts. */
    private Node row(String left, String right, Font font, String id) {
        Text r = text(right, font);
        double rightWidth = r.getLayoutBounds().getWidth();
        Text l = text(left, font);
        double room = width - rightWidth - 8;
        if (l.getLayoutBounds().getWidth() > room) {
            l.setWrappingWidth(Math.max(room, width / 3));
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(l, spacer, r);
        row.setAlignment(Pos.BASELINE_LEFT);
        row.setPrefWidth(width);
        row.setMinWidth(width);
        row.setMaxWidth(width);
        if (id != null) {
            row.setId(id);
        }
        return row;
    }

    private Node rule() {
        javafx.scene.shape.Line line = new javafx.scene.shape.Line(0, 0, width, 0);
        line.setStroke(Color.gray(0.35));
        line.setStrokeWidth(1);
        line.getStrokeDashArray().setAll(3.0, 3.0);
        VBox box = new VBox(line);
        box.setPadding(new Insets(4, 0, 4, 0));
        return box;
    }

    private static Region gap(double height) {
        Region r = new Region();
        r.setMinHeight(height);
        r.setPrefHeight(height);
        return r;
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
