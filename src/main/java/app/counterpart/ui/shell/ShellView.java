package app.counterpart.ui.shell;

import app.counterpart.ui.common.I18n;
import java.util.EnumMap;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window: navigation on the left, a header with shop and day, the open area in the middle. */
public final class ShellView extends BorderPane {

    private final ShellViewModel model;
    private final AreaContent content;
    private final Map<Area, Node> built = new EnumMap<>(Area.class);
    private final Map<Area, ToggleButton> buttons = new EnumMap<>(Area.class);
    private final StackPane centre = new StackPane();
    private final HBox header = new HBox(16);
    private final Timeline clockTimer;

    public ShellView(ShellViewModel model, AreaContent content, I18n i18n) {
        this.model = model;
        this.content = content;
        getStyleClass().add("shell");
        setLeft(navigation(i18n));
        setTop(header());
        centre.getStyleClass().add("shell-content");
        setCenter(centre);

        model.selectedProperty().addListener((obs, old, area) -> show(area));
        show(model.selectedProperty().get());

        clockTimer = new Timeline(new KeyFrame(Duration.seconds(20), e -> model.tick()));
        clockTimer.setCycleCount(Timeline.INDEFINITE);
        clockTimer.play();
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                clockTimer.stop();
            } else {
                registerShortcuts(scene);
            }
        });
    }

    private Node navigation(I18n i18n) {
        VBox nav = new VBox(4);
        nav.getStyleClass().add("nav");
        Label brand = new Label("Counterpart", new FontIcon(Feather.HEXAGON));
        brand.getStyleClass().add("brand");
        nav.getChildren().add(brand);
        ToggleGroup group = new ToggleGroup();
        int index = 1;
        for (Area area : Area.values()) {
            ToggleButton button = new ToggleButton(i18n.text(area.textKey()), new FontIcon(area.icon()));
            button.setId("nav-" + area.name().toLowerCase(java.util.Locale.ROOT));
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setToggleGroup(group);
            button.setTooltip(new Tooltip(i18n.text(area.textKey()) + "  (Ctrl+" + index++ + ")"));
            button.setOnAction(e -> {
                model.selectedProperty().set(area);
                button.setSelected(true);
            });
            buttons.put(area, button);
            if (area == Area.SETTINGS) {
                Region spacer = new Region();
                VBox.setVgrow(spacer, Priority.ALWAYS);
                nav.getChildren().add(spacer);
            }
            nav.getChildren().add(button);
        }
        return nav;
    }

    private Node header() {
        Label shop = new Label();
        shop.textProperty().bind(model.shopNameProperty());
        shop.getStyleClass().add("header-shop");
        Label day = new Label();
        day.textProperty().bind(model.businessDayProperty());
        day.getStyleClass().add("header-day");
        Label time = new Label();
        time.textProperty().bind(model.timeProperty());
        time.getStyleClass().add("header-time");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header.getChildren().addAll(shop, spacer, day, time);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("header");
        return header;
    }

    /** Puts a control at the header's right end (the sign-in), after the day and the time. */
    public void addHeaderControl(Node control) {
        header.getChildren().add(control);
    }

    private void registerShortcuts(javafx.scene.Scene scene) {
        int index = 1;
        for (Area area : Area.values()) {
            KeyCombination combo = new KeyCodeCombination(KeyCode.valueOf("DIGIT" + index++),
                    KeyCombination.SHORTCUT_DOWN);
            scene.getAccelerators().put(combo, () -> model.selectedProperty().set(area));
        }
    }

    private void show(Area area) {
        Node node = built.computeIfAbsent(area, content::create);
        centre.getChildren().setAll(node);
        buttons.get(area).setSelected(true);
    }
}
