package app.counterpart.ui.sell;

import app.counterpart.ui.common.I18n;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.animation.FadeTransition;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The compact strip under the sell screen's input: "Today ¥820 of ¥1,500 · Week ¥4,200 of ¥9,000" with
 * bars, for the person serving and their team, a mute toggle for the chime, and the milestone toast
 * (on {@link #toastLayer()}, over the cart's lower left, going away by itself; an in-window layer rather than a
 * popup window, which needs no transparent window from the desktop).
 */
public final class GoalStrip extends HBox {

    static final Duration TOAST_TIME = Duration.seconds(4);

    private final GoalStripModel model;
    private final StackPane layer = new StackPane();
    private final HBox toast;
    private final Label toastTitle = new Label();
    private final Label toastText = new Label();
    private final PauseTransition hide = new PauseTransition(TOAST_TIME);
    private Runnable stopListening;

    public GoalStrip(GoalStripModel model) {
        this.model = model;
        I18n i18n = model.i18n();
        setId("goal-strip");
        getStyleClass().add("goal-strip");
        setSpacing(18);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(0, 0, 8, 0));

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ToggleButton mute = new ToggleButton();
        mute.setId("goal-mute");
        mute.getStyleClass().add("goal-mute");
        mute.selectedProperty().bindBidirectional(model.mutedProperty());
        mute.graphicProperty().bind(Bindings.createObjectBinding(
                () -> new FontIcon(mute.isSelected() ? Feather.BELL_OFF : Feather.BELL), mute.selectedProperty()));
        mute.setTooltip(new Tooltip(i18n.text("goals.strip.mute")));
        mute.setFocusTraversable(false);
        getChildren().addAll(row(model.person(), "goal-person"), row(model.team(), "goal-team"), grow, mute);
        managedProperty().bind(model.person().shownProperty());
        visibleProperty().bind(model.person().shownProperty());

        toastTitle.getStyleClass().add("goal-toast-title");
        toastText.getStyleClass().add("goal-toast-text");
        toastText.setWrapText(true);
        toastText.setMaxWidth(340);
        toastTitle.textProperty().bind(model.toastTitleProperty());
        toastText.textProperty().bind(model.toastTextProperty());
        FontIcon star = new FontIcon(Feather.AWARD);
        star.getStyleClass().add("goal-toast-icon");
        toast = new HBox(12, star, new VBox(4, toastTitle, toastText));
        toast.setId("goal-toast");
        toast.getStyleClass().add("goal-toast");
        toast.setAlignment(Pos.CENTER_LEFT);
        toast.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        toast.setOnMouseClicked(e -> toast.setVisible(false));
        toast.setVisible(false);
        // Over the cart's lower left: never over Pay or the totals, which the cashier is about to use.
        StackPane.setAlignment(toast, Pos.BOTTOM_LEFT);
        StackPane.setMargin(toast, new Insets(0, 0, 64, 24));
        layer.getChildren().add(toast);
        layer.setPickOnBounds(false);
        hide.setOnFinished(e -> {
            FadeTransition fade = new FadeTransition(Duration.millis(400), toast);
            fade.setToValue(0);
            fade.setOnFinished(f -> toast.setVisible(false));
            fade.play();
        });
        model.toastsProperty().addListener((o, a, b) -> toast());
        // Listen only while on screen, so a rebuilt window leaves no subscriptions behind.
        sceneProperty().addListener((o, a, scene) -> {
            if (scene == null && stopListening != null) {
                stopListening.run();
                stopListening = null;
                toast.setVisible(false);
            } else if (scene != null && stopListening == null) {
                stopListening = model.listen();
            }
        });
    }

    private HBox row(GoalStripModel.Row row, String id) {
        Label name = new Label();
        name.getStyleClass().add("goal-name");
        name.textProperty().bind(row.nameProperty());
        HBox box = new HBox(10, name, figure(row.todayProperty(), row.todayFractionProperty(), id + "-today"),
                figure(row.weekProperty(), row.weekFractionProperty(), id + "-week"));
        box.setId(id);
        box.setAlignment(Pos.CENTER_LEFT);
        box.managedProperty().bind(row.shownProperty());
        box.visibleProperty().bind(row.shownProperty());
        return box;
    }

    private static VBox figure(javafx.beans.value.ObservableValue<String> text,
            javafx.beans.property.DoubleProperty fraction, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("goal-figure");
        label.textProperty().bind(text);
        ProgressBar bar = new ProgressBar();
        bar.getStyleClass().add("goal-bar");
        bar.setPrefWidth(150);
        bar.setPrefHeight(6);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> Math.min(1, fraction.get()), fraction));
        bar.visibleProperty().bind(fraction.greaterThanOrEqualTo(0));
        fraction.addListener((o, a, b) -> bar.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("done"), b.doubleValue() >= 1));
        return new VBox(2, label, bar);
    }

    /**
     * The layer the toast appears on: put it over the sell screen (in a StackPane), where it shows at the
     * lower left for a few seconds. It lets clicks through everywhere but on the toast.
     */
    public StackPane toastLayer() {
        return layer;
    }

    private void toast() {
        toast.setOpacity(1);
        toast.setVisible(true);
        hide.playFromStart();
    }

    /** Whether a toast is on screen, for tests. */
    boolean toastShowing() {
        return toast.isVisible();
    }
}
