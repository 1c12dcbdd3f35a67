package app.counterpart.ui.settings;

import app.counterpart.core.shop.ShopRepository;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** Language and theme; a change is stored, then the window is rebuilt in the new look. */
public final class SettingsViewModel {

    public static final String LANGUAGE_KEY = "ui.language";
    public static final String THEME_KEY = "ui.theme";

    private final ShopRepository settings;
    private final UiContext ui;
    private final BiConsumer<Locale, Theme> onApplied;
    private final ObjectProperty<Locale> language;
    private final ObjectProperty<Theme> theme;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public SettingsViewModel(ShopRepository settings, UiContext ui, BiConsumer<Locale, Theme> onApplied) {
        this.settings = settings;
        this.ui = ui;
        this.onApplied = onApplied;
        this.language = new SimpleObjectProperty<>(ui.i18n().locale());
        this.theme = new SimpleObjectProperty<>(ui.theme());
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Stores the choice off the FX thread, then asks the app to redraw. */
    public void apply() {
        Locale chosenLanguage = language.get();
        Theme chosenTheme = theme.get();
        ui.tasks().run(() -> {
            settings.putSetting(LANGUAGE_KEY, I18n.tagOf(chosenLanguage));
            settings.putSetting(THEME_KEY, chosenTheme.code());
            return null;
        }, ignored -> onApplied.accept(chosenLanguage, chosenTheme),
                e -> error.set(ui.i18n().format("settings.error", Errors.describe(e))));
    }
}
