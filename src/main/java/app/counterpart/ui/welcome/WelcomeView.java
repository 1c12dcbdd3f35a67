package app.counterpart.ui.welcome;

import app.counterpart.ui.common.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The first screen of a new installation. */
public final class WelcomeView extends StackPane {

    public WelcomeView(WelcomeViewModel model, I18n i18n) {
        getStyleClass().add("welcome");

        Label brand = new Label("Counterpart", new FontIcon(Feather.HEXAGON));
        brand.getStyleClass().add("welcome-brand");
        Label tagline = new Label(i18n.text("welcome.tagline"));
        tagline.getStyleClass().add("welcome-tagline");

        Node demo = card(Feather.COFFEE, i18n.text("welcome.demo.title"), i18n.text("welcome.demo.text"),
                i18n.text("welcome.demo.button"), "welcome-open-demo", model::openDemo);
        Node own = card(Feather.HOME, i18n.text("welcome.setup.title"), i18n.text("welcome.setup.text"),
                i18n.text("welcome.setup.button"), "welcome-set-up", () -> model.showSetup(true));
        HBox choices = new HBox(20, demo, own);
        choices.setAlignment(Pos.CENTER);
        choices.visibleProperty().bind(model.setupModeProperty().not());
        choices.managedProperty().bind(choices.visibleProperty());

        Node form = setupForm(model, i18n);
        form.visibleProperty().bind(model.setupModeProperty());
        form.managedProperty().bind(form.visibleProperty());

        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(420);
        bar.progressProperty().bind(model.progressProperty());
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        VBox progress = new VBox(8, status, bar);
        progress.setAlignment(Pos.CENTER);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        Label error = new Label();
        error.setId("welcome-error");
        error.getStyleClass().add("error-banner");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        VBox column = new VBox(24, brand, tagline, choices, form, progress, error);
        column.setAlignment(Pos.CENTER);
        column.setMaxWidth(760);
        column.disableProperty().bind(model.busyProperty());
        progress.disableProperty().unbind();
        getChildren().add(column);
    }

    private static Node card(Feather icon, String title, String text, String action, String id, Runnable command) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("card-icon");
        Label heading = new Label(title);
        heading.getStyleClass().add("card-title");
        Label body = new Label(text);
        body.setWrapText(true);
        body.getStyleClass().add("card-text");
        Button button = new Button(action);
        button.setId(id);
        button.getStyleClass().add("accent");
        button.setOnAction(e -> command.run());
        VBox card = new VBox(12, glyph, heading, body, button);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(24));
        card.setPrefWidth(340);
        card.setMinHeight(240);
        return card;
    }

    private static Node setupForm(WelcomeViewModel model, I18n i18n) {
        TextField name = new TextField();
        name.setId("setup-name");
        name.textProperty().bindBidirectional(model.shopNameProperty());
        TextField currency = new TextField();
        currency.setId("setup-currency");
        currency.setPrefColumnCount(5);
        currency.textProperty().bindBidirectional(model.currencyProperty());
        TextField zone = new TextField();
        zone.setId("setup-zone");
        zone.textProperty().bindBidirectional(model.zoneProperty());
        Spinner<Integer> cutoff = new Spinner<>(0, 23, model.cutoffHourProperty().get());
        cutoff.setId("setup-cutoff");
        cutoff.valueProperty().addListener((obs, old, v) -> model.cutoffHourProperty().set(v));
        TextField owner = new TextField();
        owner.setId("setup-owner");
        owner.textProperty().bindBidirectional(model.ownerNameProperty());
        PasswordField pin = new PasswordField();
        pin.setId("setup-pin");
        pin.textProperty().bindBidirectional(model.ownerPinProperty());

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(12);
        grid.addRow(0, new Label(i18n.text("setup.name")), name);
        grid.addRow(1, new Label(i18n.text("setup.currency")), currency);
        grid.addRow(2, new Label(i18n.text("setup.zone")), zone);
        grid.addRow(3, new Label(i18n.text("setup.cutoff")), cutoff);
        grid.addRow(4, new Label(i18n.text("setup.ownerName")), owner);
        grid.addRow(5, new Label(i18n.text("setup.ownerPin")), pin);

        Button back = new Button(i18n.text("common.back"));
        back.setOnAction(e -> model.showSetup(false));
        Button create = new Button(i18n.text("setup.create"));
        create.setId("setup-create");
        create.getStyleClass().add("accent");
        create.setDefaultButton(true);
        create.setOnAction(e -> model.createShop());
        HBox buttons = new HBox(12, back, create);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        Label heading = new Label(i18n.text("welcome.setup.title"));
        heading.getStyleClass().add("card-title");
        VBox card = new VBox(16, heading, grid, buttons);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(24));
        card.setMaxWidth(520);
        return card;
    }
}
