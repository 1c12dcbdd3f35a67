package app.counterpart.ui.customers;

import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Tables;
import app.counterpart.ui.customers.CustomersViewModel.CustomerRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

/** Customer list; profiles, segments and the service timeline arrive with the customers feature. */
public final class CustomersView extends StackPane {

    public CustomersView(CustomersViewModel model, I18n i18n) {
        TableView<CustomerRow> table = new TableView<>();
        table.setId("customers-table");
        table.getColumns().add(Tables.column(i18n.text("customers.name"), CustomerRow::name, 160));
        table.getColumns().add(Tables.column(i18n.text("customers.phone"), CustomerRow::phone, 130));
        table.getColumns().add(Tables.column(i18n.text("customers.tags"), CustomerRow::tags, 220));
        table.getColumns().add(Tables.column(i18n.text("customers.joined"), CustomerRow::joined, 120));
        table.getColumns().add(Tables.column(i18n.text("customers.birthday"), CustomerRow::birthday, 120));
        table.getColumns().add(Tables.column(i18n.text("customers.consent"),
                r -> r.consent() ? i18n.text("common.yes") : i18n.text("common.no"), 90));
        getChildren().add(Tables.page(i18n.text("customers.title"), i18n, model.customers(), table,
                r -> r.name() + " " + r.phone() + " " + r.tags()));
    }
}
