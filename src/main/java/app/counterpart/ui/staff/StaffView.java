package app.counterpart.ui.staff;

import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Tables;
import app.counterpart.ui.staff.StaffViewModel.StaffRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

/** Staff roster; incentive rules, goals and payouts arrive with the staff feature. */
public final class StaffView extends StackPane {

    public StaffView(StaffViewModel model, I18n i18n) {
        TableView<StaffRow> table = new TableView<>();
        table.setId("staff-table");
        table.getColumns().add(Tables.column(i18n.text("staff.code"), StaffRow::code, 70));
        table.getColumns().add(Tables.column(i18n.text("staff.name"), StaffRow::name, 180));
        table.getColumns().add(Tables.column(i18n.text("staff.role"), StaffRow::role, 110));
        table.getColumns().add(Tables.column(i18n.text("staff.kind"), StaffRow::kind, 130));
        table.getColumns().add(Tables.column(i18n.text("staff.phone"), StaffRow::phone, 130));
        table.getColumns().add(Tables.column(i18n.text("staff.hired"), StaffRow::hired, 120));
        getChildren().add(Tables.page(i18n.text("staff.title"), i18n, model.staff(), table,
                r -> r.code() + " " + r.name() + " " + r.role() + " " + r.kind()));
    }
}
