package app.counterpart.ui.session;

import app.counterpart.core.staff.Staff;
import app.counterpart.ui.common.Buttons;
import app.counterpart.ui.common.I18n;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A person and their PIN, as at the till: ↑/↓ choose the person, type the PIN, Enter. Used to sign in
 * at the header and for the owner's approval; the PIN is checked by the caller, off the FX thread.
 */
public final class PinDialog {

    /** The chosen person and the PIN typed. */
    public record Answer(Staff who, String pin) {
    }

    private PinDialog() {
    }

    /**
     * @param note a line above the list (why the PIN is asked), or null
     * @param problem a line in red below the field (the previous try's refusal), or null
     */
    public static Optional<Answer> ask(Window owner, I18n i18n, String title, String note, String problem,
            List<Staff> people, Staff preselect) {
        ListView<Staff> list = new ListView<>(FXCollections.observableArrayList(people));
        list.setId("session-staff");
        list.setPrefHeight(Math.max(1, Math.min(people.size(), 8)) * 38 + 6);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Staff s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.code() + "   " + s.displayName(i18n.chinese()) + "   "
                        + i18n.text("role." + s.role().code()));
            }
        });
        list.getSelectionModel().select(preselect != null && people.contains(preselect) ? preselect
                : people.isEmpty() ? null : people.get(0));
        PasswordField pin = new PasswordField();
        pin.setId("session-pin");
        pin.setPromptText(i18n.text("sell.pin.prompt"));
        // The field has the focus at once, and the theme hides a focused field's prompt: keep it showing.
        pin.setStyle("-fx-prompt-text-fill: -color-fg-subtle;");
        pin.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                int i = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.UP ? -1 : 1);
                list.getSelectionModel().select(Math.max(0, Math.min(people.size() - 1, i)));
                e.consume();
            }
        });
        VBox box = new VBox(8);
        if (note != null) {
            Label text = new Label(note);
            text.setWrapText(true);
            box.getChildren().add(text);
        }
        box.getChildren().addAll(list, pin);
        if (problem != null && !problem.isBlank()) {
            Label refused = new Label(problem);
            refused.setId("session-problem");
            refused.setWrapText(true);
            refused.getStyleClass().add("field-problem");
            box.getChildren().add(refused);
        }
        box.setPadding(new Insets(6));
        box.setPrefWidth(440);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        // Said inside the dialog too: a till without window decorations shows no title bar.
        d.setHeaderText(title);
        ButtonType ok = new ButtonType(i18n.text("sell.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, Buttons.cancel(i18n));
        d.getDialogPane().setContent(box);
        d.setOnShown(e -> Platform.runLater(pin::requestFocus));
        boolean yes = d.showAndWait().filter(b -> b == ok).isPresent();
        Staff who = list.getSelectionModel().getSelectedItem();
        return yes && who != null ? Optional.of(new Answer(who, pin.getText())) : Optional.empty();
    }
}
