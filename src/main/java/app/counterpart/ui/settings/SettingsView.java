package app.counterpart.ui.settings;

import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Settings: language and theme now; head office, backups and the rest with their features. */
public final class SettingsView extends VBox {

    public SettingsView(SettingsViewModel model, I18n i18n, Path dataDir, String version) {
        super(16);
        setPadding(new Insets(20));
        getStyleClass().add("settings");
        Label title = new Label(i18n.text("settings.title"));
        title.getStyleClass().add("page-title");

        ComboBox<Locale> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll(List.of(I18n.ENGLISH, I18n.CHINESE));
        language.setCellFactory(v -> new LanguageCell());
        language.setButtonCell(new LanguageCell());
        language.valueProperty().bindBidirectional(model.languageProperty());
        language.setOnAction(e -> model.apply());

        ToggleGroup themes = new ToggleGroup();
        RadioButton light = new RadioButton(i18n.text("settings.theme.light"));
        light.setId("settings-theme-light");
        light.setToggleGroup(themes);
        light.setUserData(Theme.LIGHT);
        RadioButton dark = new RadioButton(i18n.text("settings.theme.dark"));
        dark.setId("settings-theme-dark");
        dark.setToggleGroup(themes);
        dark.setUserData(Theme.DARK);
        (model.themeProperty().get() == Theme.DARK ? dark : light).setSelected(true);
        themes.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t != null) {
                model.themeProperty().set((Theme) t.getUserData());
                model.apply();
            }
        });

        GridPane form = new GridPane();
        form.setHgap(16);
        form.setVgap(14);
        form.addRow(0, new Label(i18n.text("settings.language")), language);
        form.addRow(1, new Label(i18n.text("settings.theme")), new HBox(16, light, dark));
        Label folder = new Label(dataDir.toString());
        folder.getStyleClass().add("mono");
        form.addRow(2, new Label(i18n.text("settings.dataDir")), folder);
        form.addRow(3, new Label(i18n.text("settings.version")), new Label(version));
        form.getStyleClass().add("card");
        form.setPadding(new Insets(20));

        Label error = new Label();
        error.getStyleClass().add("error-banner");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        getChildren().addAll(title, error, form);
    }

    /** Adds a feature's own part below the general settings (head office, ...). */
    public SettingsView addSection(javafx.scene.Node section) {
        getChildren().add(section);
        return this;
    }

    private static final class LanguageCell extends ListCell<Locale> {
        @Override
        protected void updateItem(Locale item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.getLanguage().equals("zh") ? "简体中文" : "English");
        }
    }
}
