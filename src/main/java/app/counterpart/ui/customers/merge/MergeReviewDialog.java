package app.counterpart.ui.customers.merge;

import app.counterpart.core.customers.merge.MergeField;
import app.counterpart.core.customers.merge.MergePreview;
import app.counterpart.core.customers.merge.MergePreview.Side;
import app.counterpart.ui.common.Buttons;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.customers.merge.MergeReviewModel.FieldRow;
import app.counterpart.ui.session.OwnerApproval;
import javafx.event.ActionEvent;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Two customer records side by side before a merge: one radio button per field and side, the united
 * tags, and what moves. "Keep the other" swaps which record stays. Merge asks for the owner's PIN
 * unless the owner is signed in, then commits; the dialog stays open with the reason if it is refused.
 */
final class MergeReviewDialog {

    private final MergeReviewModel model;
    private final OwnerApproval approval;
    private final I18n i18n;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final Label moves = new Label();
    private final Label keeps = new Label();

    MergeReviewDialog(MergeReviewModel model, OwnerApproval approval, I18n i18n, Window owner) {
        this.model = model;
        this.approval = approval;
        this.i18n = i18n;
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text("customers.merge.title"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        ButtonType merge = new ButtonType(i18n.text("customers.merge.commit"), ButtonBar.ButtonData.OK_DONE);
        ButtonType swap = new ButtonType(i18n.text("customers.merge.swap"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().addAll(swap, Buttons.cancel(i18n), merge);
        Button mergeButton = (Button) dialog.getDialogPane().lookupButton(merge);
        mergeButton.setId("merge-commit");
        mergeButton.disableProperty().bind(model.workingProperty());
        // Both buttons act without closing: a refused merge keeps the review open with its reason.
        mergeButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            approval.require("customers.merge", i18n.format("customers.merge.approveWhy",
                    model.previewProperty().get().merge().name(), model.previewProperty().get().keep().name()),
                    model::merge, model::refused);
        });
        Button swapButton = (Button) dialog.getDialogPane().lookupButton(swap);
        swapButton.setId("merge-swap");
        swapButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.swap();
        });
        model.doneProperty().addListener((obs, was, done) -> {
            if (done) {
                dialog.setResult(merge);
                dialog.close();
            }
        });

        grid.setId("merge-grid");
        grid.getStyleClass().add("merge-grid");
        grid.setHgap(16);
        grid.setVgap(10);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(110);
        ColumnConstraints side = new ColumnConstraints();
        side.setHgrow(Priority.ALWAYS);
        side.setPercentWidth(40);
        grid.getColumnConstraints().addAll(label, side, side);
        moves.setWrapText(true);
        moves.setId("merge-moves");
        keeps.setWrapText(true);
        keeps.getStyleClass().add("page-subtitle");
        Label error = new Label();
        error.setId("merge-error");
        error.getStyleClass().add("error-banner");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label explain = new Label(i18n.text("customers.merge.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("page-subtitle");
        Label movesTitle = new Label(i18n.text("customers.merge.movesTitle"));
        movesTitle.getStyleClass().add("merge-section");
        VBox content = new VBox(12, explain, grid, movesTitle, moves, keeps, error);
        content.setPadding(new Insets(4));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(820);
        dialog.getDialogPane().setMinWidth(760);
        model.previewProperty().addListener((obs, old, p) -> fill(p));
        fill(model.previewProperty().get());
    }

    private void fill(MergePreview p) {
        grid.getChildren().clear();
        Label keepHead = new Label(i18n.format("customers.merge.keepHead", p.keep().name()));
        keepHead.getStyleClass().add("merge-head");
        keepHead.setWrapText(true);
        Label mergeHead = new Label(i18n.format("customers.merge.mergeHead", p.merge().name()));
        mergeHead.getStyleClass().add("merge-head");
        mergeHead.setWrapText(true);
        grid.addRow(0, new Label(), keepHead, mergeHead);
        int row = 1;
        for (FieldRow f : model.fields()) {
            ToggleGroup group = new ToggleGroup();
            RadioButton keep = radio(f.keep(), group, f.field(), Side.KEEP, f.differs());
            RadioButton merge = radio(f.merge(), group, f.field(), Side.MERGE, f.differs());
            Label name = new Label(i18n.text(f.field().key()));
            name.getStyleClass().add(f.differs() ? "merge-differs" : "merge-same");
            grid.addRow(row++, name, keep, merge);
        }
        Label tagsName = new Label(i18n.text("customers.tags"));
        Label tags = new Label(model.unitedTags());
        tags.setId("merge-tags");
        tags.setWrapText(true);
        grid.add(tagsName, 0, row);
        grid.add(tags, 1, row, 2, 1);
        GridPane.setHalignment(tagsName, HPos.LEFT);
        moves.setText(model.movesSummary());
        keeps.setText(i18n.format("customers.merge.keepsAlready", p.keep().name(), model.keepsSummary()));
    }

    private RadioButton radio(String text, ToggleGroup group, MergeField field, Side side, boolean differs) {
        RadioButton b = new RadioButton(text);
        b.setId("merge-" + field.name().toLowerCase(java.util.Locale.ROOT) + "-" + side.name().toLowerCase(
                java.util.Locale.ROOT));
        b.setToggleGroup(group);
        b.setWrapText(true);
        b.setSelected(model.choiceProperty(field).get() == side);
        b.setDisable(!differs);
        b.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                model.choiceProperty(field).set(side);
            }
        });
        return b;
    }

    void show() {
        dialog.show();
    }
}
