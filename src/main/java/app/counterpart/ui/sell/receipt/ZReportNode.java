package app.counterpart.ui.sell.receipt;

import app.counterpart.core.sell.receipt.Receipt.Field;
import app.counterpart.core.sell.receipt.ZReportDocument;
import app.counterpart.core.sell.receipt.ZReportDocument.Balance;
import app.counterpart.core.sell.receipt.ZReportDocument.Movement;
import app.counterpart.core.sell.receipt.ZReportDocument.Role;
import app.counterpart.core.sell.receipt.ZReportDocument.Row;
import app.counterpart.core.sell.receipt.ZReportDocument.Section;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A Z report as it comes out of the till's printer, drawn like {@link ReceiptNode}: white paper, black
 * ink, explicit fonts, so the preview, the paper and every theme look alike. The drawer section is the
 * point of the report: expected cash and the count are bold, and a drawer that is over or short has
 * its difference reversed out, so nobody files it without seeing it.
 */
public final class ZReportNode extends VBox {

    /** The same faces as the receipt, so both slips from one till look like they belong together. */
    private static final List<String> FAMILIES = List.of("Noto Sans Mono CJK SC", "Sarasa Mono SC",
            "DejaVu Sans Mono", "Consolas", "Menlo", "Monospaced");
    private static final Set<String> WITH_CHINESE = Set.of("Noto Sans Mono CJK SC", "Sarasa Mono SC");
    /** Text with Chinese in it goes in one of these when the fixed-width face has none (see ReceiptNode). */
    private static final List<String> CHINESE_FAMILIES = List.of("Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC",
            "Source Han Sans SC", "WenQuanYi Micro Hei");

    private final Paper paper;
    private final double width;
    private final Font body;
    private final Font bold;
    private final Font small;
    private final Font large;
    private final String chinese;

    public ZReportNode(ZReportDocument report, Paper paper) {
        this.paper = paper;
        this.width = paper.printablePx();
        String family = first(FAMILIES).orElse("Monospaced");
        this.chinese = WITH_CHINESE.contains(family) ? null : first(CHINESE_FAMILIES).orElse(null);
        double size = paper.fontPx();
        this.body = Font.font(family, size);
        this.bold = Font.font(family, FontWeight.BOLD, size);
        this.small = Font.font(family, size - 1.5);
        this.large = Font.font(family, FontWeight.BOLD, size + 3);

        setId("zreport");
        getStyleClass().add("receipt-paper");
        double side = (paper.widthPx() - width) / 2;
        setPadding(new Insets(14, side, 18, side));
        setSpacing(3);
        setBackground(new Background(new BackgroundFill(Color.WHITE, null, null)));
        setMinWidth(paper.widthPx());
        setPrefWidth(paper.widthPx());
        setMaxWidth(paper.widthPx());
        setFillWidth(false);

        List<String> shop = report.shopLines();
        getChildren().add(centred(shop.get(0), large));
        for (String line : shop.subList(1, shop.size())) {
            getChildren().add(centred(line, small));
        }
        getChildren().add(gap(4));
        Text title = centred(report.title(), large);
        title.setId("zreport-title");
        getChildren().add(title);
        getChildren().add(rule());
        for (Field f : report.details()) {
            getChildren().add(row(f.label(), f.value(), small));
        }
        section(report.sales(), report.balance());
        section(report.tenders(), report.balance());
        section(report.drawer(), report.balance());
        getChildren().add(rule());
        getChildren().add(heading(report.movementsHeading()));
        if (report.movements().isEmpty()) {
            getChildren().add(wrapped(report.noMovements(), small));
        }
        for (Movement m : report.movements()) {
            Node line = row(m.time() + "  " + m.direction(), m.amountText(), body);
            line.getStyleClass().add("zreport-movement");
            getChildren().add(line);
            Node reason = indented(m.reason() + (m.person().isEmpty() ? "" : " · " + m.person()), small);
            reason.getStyleClass().add("zreport-reason");
            getChildren().add(reason);
        }
        getChildren().add(gap(6));
    }

    public Paper paper() {
        return paper;
    }

    private void section(Section s, Balance balance) {
        getChildren().add(rule());
        getChildren().add(heading(s.heading()));
        for (Row r : s.rows()) {
            HBox row = r.role() == Role.DIFFERENCE && balance != Balance.EVEN ? reversed(r.label(), r.text())
                    : row(r.label(), r.text(), stressed(r.role()) ? bold : body);
            row.setId(switch (r.role()) {
                case EXPECTED -> "zreport-expected";
                case COUNTED -> "zreport-counted";
                case DIFFERENCE -> "zreport-difference";
                case REVENUE -> "zreport-revenue";
                default -> null;
            });
            getChildren().add(row);
        }
    }

    private static boolean stressed(Role role) {
        return role == Role.REVENUE || role == Role.TENDERS_TOTAL || role == Role.EXPECTED || role == Role.COUNTED
                || role == Role.DIFFERENCE;
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

    /** A movement's reason under its amount, indented so the list reads as one entry per movement. */
    private Node indented(String s, Font font) {
        Text t = text(s, font);
        double indent = 16;
        t.setWrappingWidth(width - indent);
        HBox box = new HBox(t);
        box.setPadding(new Insets(0, 0, 2, indent));
        return box;
    }

    private Node heading(String s) {
        Text t = text(s, bold);
        VBox box = new VBox(t);
        box.setPadding(new Insets(0, 0, 2, 0));
        return box;
    }

    /** Label on the left (wrapping if long), figure on the right, on one baseline even in different fonts. */
    private HBox row(String left, String right, Font font) {
        return row(left, right, font, 0);
    }

    /** @param inset room kept free on each side, inside the row */
    private HBox row(String left, String right, Font font, double inset) {
        Text r = text(right, font);
        double rightWidth = r.getLayoutBounds().getWidth();
        Text l = text(left, font);
        double room = width - 2 * inset - rightWidth - 8;
        if (l.getLayoutBounds().getWidth() > room) {
            l.setWrappingWidth(Math.max(room, width / 3));
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(l, spacer, r);
        row.setPadding(new Insets(inset / 2, inset, inset / 2, inset));
        row.setAlignment(Pos.BASELINE_LEFT);
        row.setPrefWidth(width);
        row.setMinWidth(width);
        row.setMaxWidth(width);
        return row;
    }

    /** The difference of a drawer that is over or short: white on black, in the large face. */
    private HBox reversed(String label, String amount) {
        HBox row = row(label, amount, large, 5);
        row.getChildren().forEach(n -> {
            if (n instanceof Text t) {
                t.setFill(Color.WHITE);
            }
        });
        row.setBackground(new Background(new BackgroundFill(Color.BLACK, null, null)));
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
}
