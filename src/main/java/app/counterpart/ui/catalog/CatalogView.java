package app.counterpart.ui.catalog;

import app.counterpart.ui.catalog.CatalogViewModel.ProductRow;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Tables;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

/** Read-only product list; editing, stock and import arrive with the catalog feature. */
public final class CatalogView extends StackPane {

    public CatalogView(CatalogViewModel model, I18n i18n) {
        TableView<ProductRow> table = new TableView<>();
        table.setId("catalog-table");
        table.getColumns().add(Tables.column(i18n.text("catalog.sku"), ProductRow::sku, 90));
        table.getColumns().add(Tables.column(i18n.text("catalog.name"), ProductRow::name, 260));
        table.getColumns().add(Tables.column(i18n.text("catalog.category"), ProductRow::category, 140));
        table.getColumns().add(Tables.column(i18n.text("catalog.price"), ProductRow::price, 100));
        table.getColumns().add(Tables.column(i18n.text("catalog.tax"), ProductRow::taxRate, 70));
        table.getColumns().add(Tables.column(i18n.text("catalog.barcodes"), ProductRow::barcodes, 240));
        table.getColumns().add(Tables.column(i18n.text("catalog.active"),
                r -> r.active() ? i18n.text("common.yes") : i18n.text("common.no"), 70));
        getChildren().add(Tables.page(i18n.text("catalog.title"), i18n, model.products(), table,
                r -> r.sku() + " " + r.name() + " " + r.category() + " " + r.barcodes()));
    }
}
