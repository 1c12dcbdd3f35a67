package app.counterpart.ui.reports;

import app.counterpart.core.common.Money;
import app.counterpart.core.kpi.Period;
import app.counterpart.core.sales.SaleQueries;
import app.counterpart.core.sales.SaleSummary;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.Buttons;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Tables;
import app.counterpart.ui.common.UiContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/** The sales behind a dashboard number: the newest sales, refunds and voids of the period. */
public final class SalesListDialog {

    private static final int LIMIT = 500;

    private SalesListDialog() {
    }

    public static void show(Window owner, SaleQueries sales, Period period, Currency currency, ZoneId zone,
            UiContext ui) {
        I18n i18n = ui.i18n();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("MM-dd HH:mm", i18n.locale()).withZone(zone);
        TableView<SaleSummary> table = new TableView<>();
        table.setId("sales-list");
        table.getColumns().add(Tables.column(i18n.text("sales.number"), SaleSummary::number, 150));
        table.getColumns().add(Tables.column(i18n.text("sales.time"), s -> time.format(s.createdAt()), 100));
        table.getColumns().add(Tables.column(i18n.text("sales.kind"), s -> i18n.text("sales.kind." + s.kind().code()),
                70));
        table.getColumns().add(Tables.column(i18n.text("sales.servedBy"), SaleSummary::servedBy, 120));
        table.getColumns().add(Tables.column(i18n.text("sales.customer"),
                s -> s.customer() == null ? "" : s.customer(), 110));
        table.getColumns().add(Tables.column(i18n.text("sales.items"), SaleSummary::items, 60));
        table.getColumns().add(Tables.column(i18n.text("sales.total"),
                s -> Money.format(s.totalMinor(), currency, i18n.locale()), 100));
        table.setPlaceholder(new Label(i18n.text("app.starting")));
        table.setPrefSize(760, 480);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text("sales.title"));
        dialog.setHeaderText(i18n.format("sales.header", period.from(), period.to(), LIMIT));
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().add(Buttons.close(i18n));
        dialog.setResizable(true);
        boolean zh = i18n.chinese();
        ui.tasks().run(() -> sales.between(period.from(), period.to(), LIMIT, zh), list -> {
            table.getItems().setAll(list);
            table.setPlaceholder(new Label(i18n.text("dashboard.noSales")));
        }, e -> table.setPlaceholder(new Label(Errors.describe(e))));
        dialog.show();
    }
}
