package app.counterpart.ui.session;

import app.counterpart.ui.common.I18n;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The header's sign-in: who is at the keyboard, a button to sign in or switch person (the PIN dialog,
 * Ctrl+L from any screen), and one to sign out. A refused PIN shows beside it until the next try.
 */
public final class SessionControl extends HBox {

    private final SessionViewModel model;
    private final I18n i18n;

    public SessionControl(SessionViewModel model, I18n i18n) {
        super(8);
        this.model = model;
        this.i18n = i18n;
        getStyleClass().add("session-control");
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("session-refused");
        problem.getStyleClass().add("field-problem");
        problem.textProperty().bind(model.errorProperty());
        problem.visibleProperty().bind(model.errorProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setMaxWidth(320);

        Button who = new Button();
        who.setId("session-button");
        who.setGraphic(new FontIcon(Feather.USER));
        who.textProperty().bind(model.label());
        who.setTooltip(new Tooltip(i18n.text("session.switch") + "  (Ctrl+L)"));
        who.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        who.setOnAction(e -> signIn());

        Button out = new Button(null, new FontIcon(Feather.LOG_OUT));
        out.setId("session-sign-out");
        out.setTooltip(new Tooltip(i18n.text("session.signOut")));
        out.getStyleClass().add("flat");
        out.visibleProperty().bind(model.session().signedInProperty().isNotNull());
        out.managedProperty().bind(out.visibleProperty());
        out.setOnAction(e -> model.signOut());

        getChildren().addAll(problem, who, out);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.L,
                        javafx.scene.input.KeyCombination.SHORTCUT_DOWN), this::signIn);
            }
        });
    }

    /** The PIN dialog over the active staff; the person now signed in is chosen first. */
    public void signIn() {
        model.people(people -> PinDialog.ask(getScene() == null ? null : getScene().getWindow(), i18n,
                i18n.text("session.signIn.title"), null, null, people, model.session().signedIn())
                .ifPresent(a -> model.signIn(a.who(), a.pin(), () -> { })));
    }
}
