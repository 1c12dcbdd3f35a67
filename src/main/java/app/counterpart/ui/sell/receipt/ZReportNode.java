package app.counterpart.ui.sell.receipt;

import app.counterpart.core.sell.receipt.Receipt.Field;
import app.counterpart.core.sell.receipt.ZReportDocument;
import app.counterpart.core.sell.receipt.ZReportDocument.Balance;
import app.counterpart.core.sell.receipt.ZReportDocument.Movement;
import app.counterpart.core.sell.receipt.ZReportDocument.Role;
import app.counterpart.core.sell.receipt.ZReportDocument.Row;
import app.counterpart.core.sell.receipt.ZReportDocument.Section;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A Z report as it comes out of the till's printer, drawn like {@link ReceiptNode}: white paper, black
 * ink, explicit fonts, so the preview, the paper and every theme look alike. The drawer section is the
 * point of the report: expected cash and the count are bold, and a drawer that is over or short has
 * its difference reversed out, so nobody files it without seeing it.
 */
public final class ZReportNode extends SlipNode {

    public ZReportNode(ZReportDocument report, Paper paper) {
        super(paper, "zreport");

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

}
