package app.counterpart.ui.staff;

import app.counterpart.core.staff.Permission;
import app.counterpart.core.staff.Permissions;
import app.counterpart.core.staff.Role;
import app.counterpart.ui.common.I18n;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Who may do what, read at a glance: permissions down, the four roles across, ✓ or — in each cell and
 * the discount limit as a share. Read-only: it shows {@link Permissions}, the matrix the code enforces.
 */
public final class PermissionsView extends StackPane {

    public PermissionsView(I18n i18n) {
        GridPane grid = new GridPane();
        grid.setId("permissions-grid");
        grid.getStyleClass().add("permissions-grid");
        ColumnConstraints first = new ColumnConstraints();
        first.setMinWidth(280);
        first.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().add(first);
        for (int c = 0; c < Role.values().length; c++) {
            ColumnConstraints col = new ColumnConstraints(110);
            col.setHalignment(HPos.CENTER);
            grid.getColumnConstraints().add(col);
        }
        grid.add(cell(i18n.text("permissions.permission"), "permissions-head"), 0, 0);
        for (Role r : Role.values()) {
            grid.add(cell(i18n.text("role." + r.code()), "permissions-head"), r.ordinal() + 1, 0);
        }
        int row = 1;
        for (Permission p : Permission.values()) {
            String stripe = row % 2 == 0 ? "permissions-even" : "permissions-odd";
            grid.add(cell(i18n.text("permissions." + p.code()), stripe), 0, row);
            for (Role r : Role.values()) {
                Label mark = cell(mark(p, r), stripe);
                mark.getStyleClass().add(Permissions.allows(r, p) ? "permissions-yes" : "permissions-no");
                mark.setId("permission-" + p.code() + "-" + r.code());
                grid.add(mark, r.ordinal() + 1, row);
            }
            row++;
        }
        Label title = new Label(i18n.text("permissions.title"));
        title.getStyleClass().add("page-title");
        Label note = new Label(i18n.text("permissions.note"));
        note.getStyleClass().add("page-subtitle");
        note.setWrapText(true);
        VBox page = new VBox(12, title, note, grid);
        page.setPadding(new Insets(20));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        getChildren().add(scroll);
    }

    /** ✓ or —; for a limited permission the limit, "50 %". */
    static String mark(Permission p, Role r) {
        if (!Permissions.allows(r, p)) {
            return "—";
        }
        if (p.hasLimit()) {
            int bp = Permissions.discountLimitBp(r);
            return "✓ " + (bp / 100) + " %";
        }
        return "✓";
    }

    private static Label cell(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setPadding(new Insets(5, 10, 5, 10));
        GridPane.setFillWidth(l, true);
        return l;
    }
}
