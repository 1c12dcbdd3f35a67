package app.counterpart.ui.staff.goals;

import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;

/** A table cell with a thin bar and a percentage; a negative fraction means "no goal" and shows nothing. */
final class ProgressCells<T> extends TableCell<T, Double> {

    private final ProgressBar bar = new ProgressBar();
    private final Label percent = new Label();
    private final HBox box = new HBox(8, bar, percent);

    ProgressCells() {
        // The bar gives way before the figure does: "11…" for 110 % told nobody anything.
        bar.setPrefWidth(80);
        bar.setMinWidth(24);
        percent.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        bar.getStyleClass().add("goal-bar");
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(Double fraction, boolean empty) {
        super.updateItem(fraction, empty);
        if (empty || fraction == null || fraction < 0) {
            setGraphic(null);
            return;
        }
        bar.setProgress(Math.min(1, Math.max(0, fraction)));
        bar.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("done"), fraction >= 1);
        percent.setText(Math.round(fraction * 100) + " %");
        setGraphic(box);
    }
}
