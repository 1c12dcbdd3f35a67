package app.counterpart.ui.sell.receipt;

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
 * What every till slip drawn on screen shares (the receipt and the Z report): white paper as wide as
 * the roll, black ink in fixed-width faces whatever the theme, so the preview, the paper and every
 * theme look alike, and the pieces a slip is made of: centred and wrapped text, label-and-amount rows,
 * dashed rules and gaps. Each slip lays out its own content with these.
 */
abstract class SlipNode extends VBox {

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

    protected final Paper paper;
    protected final double width;
    protected final Font body;
    protected final Font bold;
    protected final Font small;
    protected final Font large;
    private final String chinese;

    SlipNode(Paper paper, String id) {
        this.paper = paper;
        this.width = paper.printablePx();
        String family = first(FAMILIES).orElse("Monospaced");
        this.chinese = WITH_CHINESE.contains(family) ? null : first(CHINESE_FAMILIES).orElse(null);
        double size = paper.fontPx();
        this.body = Font.font(family, size);
        this.bold = Font.font(family, FontWeight.BOLD, size);
        this.small = Font.font(family, size - 1.5);
        this.large = Font.font(family, FontWeight.BOLD, size + 3);

        setId(id);
        getStyleClass().add("receipt-paper");
        double side = (paper.widthPx() - width) / 2;
        setPadding(new Insets(14, side, 18, side));
        setSpacing(3);
        setBackground(new Background(new BackgroundFill(Color.WHITE, null, null)));
        setMinWidth(paper.widthPx());
        setPrefWidth(paper.widthPx());
        setMaxWidth(paper.widthPx());
        setFillWidth(false);
    }

    public Paper paper() {
        return paper;
    }

    private static Optional<String> first(List<String> families) {
        List<String> installed = Font.getFamilies();
        return families.stream().filter(installed::contains).findFirst();
    }

    protected Text text(String s, Font font) {
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

    protected Text centred(String s, Font font) {
        Text t = text(s, font);
        t.setWrappingWidth(width);
        t.setTextAlignment(TextAlignment.CENTER);
        return t;
    }

    protected Text wrapped(String s, Font font) {
        Text t = text(s, font);
        t.setWrappingWidth(width);
        return t;
    }

    /**
     * Label on the left (wrapping if long), figure on the right, on one baseline even in different fonts.
     *
     * @param inset room kept free on each side, inside the row
     */
    protected HBox row(String left, String right, Font font, double inset) {
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

    protected Node rule() {
        javafx.scene.shape.Line line = new javafx.scene.shape.Line(0, 0, width, 0);
        line.setStroke(Color.gray(0.35));
        line.setStrokeWidth(1);
        line.getStrokeDashArray().setAll(3.0, 3.0);
        VBox box = new VBox(line);
        box.setPadding(new Insets(4, 0, 4, 0));
        return box;
    }

    protected static Region gap(double height) {
        Region r = new Region();
        r.setMinHeight(height);
        r.setPrefHeight(height);
        return r;
    }
}
