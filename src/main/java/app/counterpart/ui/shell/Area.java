package app.counterpart.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The areas of the main window, in the order the navigation shows them. */
public enum Area {
    SELL(Feather.SHOPPING_CART),
    DASHBOARD(Feather.ACTIVITY),
    REPORTS(Feather.BAR_CHART_2),
    CUSTOMERS(Feather.USERS),
    STAFF(Feather.AWARD),
    CATALOG(Feather.PACKAGE),
    SYNC(Feather.REFRESH_CW),
    SETTINGS(Feather.SETTINGS);

    private final Ikon icon;

    Area(Ikon icon) {
        this.icon = icon;
    }

    public Ikon icon() {
        return icon;
    }

    public String textKey() {
        return "area." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
