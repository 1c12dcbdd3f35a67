package app.counterpart.ui.customers.files;

import app.counterpart.core.common.ImportProblem;
import app.counterpart.core.customers.Phones;
import app.counterpart.core.customers.csv.CustomerColumn;
import app.counterpart.core.customers.csv.CustomerImportPlan;
import app.counterpart.core.customers.csv.PlannedCustomer;
import app.counterpart.ui.common.Buttons;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Tables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The preview of a customer import: how many rows are new, changed, unchanged and rejected, every
 * rejected row with its line, column and reason, and what each good row does. Nothing is written until
 * the person presses Import.
 */
final class CustomerImportDialog {

    private final CustomerFilesModel model;
    private final I18n i18n;
    private final BooleanSupplier masked;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType apply;
    private final Label summary = new Label();
    private final HBox counts = new HBox(8);
    private final TableView<ImportProblem> problems = new TableView<>();
    private final TableView<PlannedCustomer> changes = new TableView<>();
    private final Label note = new Label();
    private CustomerImportPlan plan;

    /** @param masked whether the person at the screen sees phone numbers masked */
    CustomerImportDialog(CustomerFilesModel model, I18n i18n, Window owner, Path file, BooleanSupplier masked) {
        this.model = model;
        this.i18n = i18n;
        this.masked = masked;
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text("customers.import.title"));
        dialog.setResizable(true);
        apply = new ButtonType(i18n.format("customers.import.apply", 0), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(Buttons.cancel(i18n), apply);
        dialog.getDialogPane().lookupButton(apply).setDisable(true);

        summary.setWrapText(true);
        summary.getStyleClass().add("card-title");
        problems.getColumns().add(Tables.column(i18n.text("catalog.import.line"), ImportProblem::line, 60));
        problems.getColumns().add(Tables.column(i18n.text("catalog.import.column"), ImportProblem::field, 110));
        problems.getColumns().add(Tables.column(i18n.text("catalog.import.reason"), ImportProblem::message, 460));
        problems.setPrefHeight(190);
        problems.setId("customer-import-problems");
        problems.setPlaceholder(new Label(i18n.text("customers.import.noProblems")));
        changes.getColumns().add(Tables.column(i18n.text("catalog.import.line"), PlannedCustomer::line, 60));
        changes.getColumns().add(Tables.column(i18n.text("customers.name"), p -> p.after().name(), 150));
        changes.getColumns().add(Tables.column(i18n.text("customers.phone"), this::phone, 130));
        changes.getColumns().add(Tables.column(i18n.text("catalog.import.what"), this::what, 300));
        changes.setPrefHeight(220);
        changes.setId("customer-import-changes");
        changes.setPlaceholder(new Label(i18n.text("customers.import.nothing")));
        note.getStyleClass().add("field-problem");
        note.setWrapText(true);
        note.managedProperty().bind(note.visibleProperty());

        dialog.getDialogPane().setContent(new VBox(10, summary, counts, note,
                new Label(i18n.text("customers.import.rejected")), problems,
                new Label(i18n.text("customers.import.changes")), changes));
        dialog.getDialogPane().setPrefWidth(820);
        dialog.getDialogPane().setMinWidth(720);
        problems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        summary.setText(i18n.text("customers.import.reading"));
        model.previewImport(file, this::show, reason -> {
            summary.setText(i18n.format("customers.import.refused", reason));
            problems.getItems().clear();
            changes.getItems().clear();
        });
    }

    private String phone(PlannedCustomer p) {
        String phone = p.after().phone();
        return phone == null ? "" : masked.getAsBoolean() ? Phones.mask(phone) : phone;
    }

    private String what(PlannedCustomer p) {
        return p.creates() ? i18n.text("customers.import.new")
                : i18n.format("customers.import.changed",
                        p.changedColumns().stream().map(CustomerColumn::header).collect(Collectors.joining(", ")));
    }

    private void show(CustomerImportPlan p) {
        plan = p;
        summary.setText(i18n.format("customers.import.summary", p.source(), p.encoding(), p.rowsRead()));
        counts.getChildren().setAll(chip("new", p.creates().size()), chip("changed", p.updates().size()),
                chip("unchanged", p.unchanged()), chip("rejected", p.rejectedRows()));
        List<ImportProblem> all = new ArrayList<>(p.problems());
        all.addAll(p.warnings());
        problems.getItems().setAll(all);
        List<PlannedCustomer> planned = new ArrayList<>(p.creates());
        planned.addAll(p.updates());
        changes.getItems().setAll(planned);
        note.setText(i18n.text("customers.import.nothingToDo"));
        note.setVisible(!p.hasChanges());
        Button button = (Button) dialog.getDialogPane().lookupButton(apply);
        button.setText(i18n.format("customers.import.apply", planned.size()));
        button.setDisable(!p.hasChanges());
    }

    private Label chip(String kind, int n) {
        Label chip = new Label(i18n.format("customers.import.count." + kind, n));
        chip.setId("customer-import-" + kind);
        chip.getStyleClass().addAll("import-chip", "import-chip-" + kind);
        return chip;
    }

    void showAndApply() {
        dialog.showAndWait().filter(b -> b == apply && plan != null).ifPresent(b -> model.applyImport(plan));
    }
}
