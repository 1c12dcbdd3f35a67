package app.counterpart.ui.catalog;

import app.counterpart.core.catalog.csv.PlannedProduct;
import app.counterpart.core.catalog.csv.ProductColumn;
import app.counterpart.core.catalog.csv.ProductImportPlan;
import app.counterpart.core.common.ImportProblem;
import app.counterpart.ui.common.Buttons;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Tables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The preview of a CSV import: what it would create and change, and every rejected row with its
 * reason. Nothing is written until the person presses Import.
 */
final class ImportDialog {

    private final CatalogViewModel model;
    private final I18n i18n;
    private final Path file;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType apply;
    private final Label summary = new Label();
    private final CheckBox createCategories = new CheckBox();
    private final TableView<ImportProblem> problems = new TableView<>();
    private final TableView<PlannedProduct> changes = new TableView<>();
    private final Label note = new Label();
    private ProductImportPlan plan;

    ImportDialog(CatalogViewModel model, I18n i18n, Window owner, Path file) {
        this.model = model;
        this.i18n = i18n;
        this.file = file;
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text("catalog.import.title"));
        dialog.setResizable(true);
        apply = new ButtonType(i18n.text("catalog.import.apply"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(Buttons.cancel(i18n), apply);
        dialog.getDialogPane().lookupButton(apply).setDisable(true);

        summary.setWrapText(true);
        summary.getStyleClass().add("card-title");
        problems.getColumns().add(Tables.column(i18n.text("catalog.import.line"), ImportProblem::line, 60));
        problems.getColumns().add(Tables.column(i18n.text("catalog.import.column"), ImportProblem::field, 100));
        problems.getColumns().add(Tables.column(i18n.text("catalog.import.reason"), ImportProblem::message, 420));
        problems.setPrefHeight(180);
        problems.setId("import-problems");
        changes.getColumns().add(Tables.column(i18n.text("catalog.import.line"), PlannedProduct::line, 60));
        changes.getColumns().add(Tables.column(i18n.text("catalog.sku"), p -> p.after().sku(), 100));
        changes.getColumns().add(Tables.column(i18n.text("catalog.name"),
                p -> p.after().displayName(i18n.chinese()), 200));
        changes.getColumns().add(Tables.column(i18n.text("catalog.import.what"), this::what, 220));
        changes.setPrefHeight(220);
        changes.setId("import-changes");
        createCategories.setOnAction(e -> preview());
        note.getStyleClass().add("field-problem");
        note.setWrapText(true);

        dialog.getDialogPane().setContent(new VBox(10, summary, createCategories, note,
                new Label(i18n.text("catalog.import.rejected")), problems,
                new Label(i18n.text("catalog.import.changes")), changes));
        dialog.getDialogPane().setPrefWidth(760);
        createCategories.setVisible(false);
        createCategories.setManaged(false);
        summary.setText(i18n.text("app.starting"));
        preview();
    }

    private String what(PlannedProduct p) {
        return p.creates() ? i18n.text("catalog.import.new")
                : p.changedColumns().stream().map(ProductColumn::header).collect(Collectors.joining(", "));
    }

    /** Reads and checks the file off the FX thread; shows the outcome when it is ready. */
    private void preview() {
        dialog.getDialogPane().lookupButton(apply).setDisable(true);
        model.previewImport(file, createCategories.isSelected(), this::show, reason -> {
            summary.setText(i18n.format("catalog.import.refused", reason));
            problems.getItems().clear();
            changes.getItems().clear();
        });
    }

    private void show(ProductImportPlan p) {
        plan = p;
        summary.setText(i18n.format("catalog.import.summary", p.source(), p.encoding(), p.rowsRead(),
                p.creates().size(), p.updates().size(), p.unchanged(), p.rejectedRows()));
        boolean unknown = !p.unknownCategories().isEmpty() || !p.newCategories().isEmpty();
        createCategories.setVisible(unknown);
        createCategories.setManaged(unknown);
        createCategories.setText(i18n.format("catalog.import.createCategories",
                Math.max(p.unknownCategories().size(), p.newCategories().size())));
        List<ImportProblem> all = new ArrayList<>(p.problems());
        all.addAll(p.warnings());
        problems.getItems().setAll(all);
        List<PlannedProduct> planned = new ArrayList<>(p.creates());
        planned.addAll(p.updates());
        changes.getItems().setAll(planned);
        note.setText(p.hasChanges() ? "" : i18n.text("catalog.import.nothing"));
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(apply))
                .setText(i18n.format("catalog.import.apply", planned.size()));
        dialog.getDialogPane().lookupButton(apply).setDisable(!p.hasChanges());
    }

    void showAndApply() {
        dialog.showAndWait().filter(b -> b == apply && plan != null).ifPresent(b -> model.applyImport(plan));
    }
}
