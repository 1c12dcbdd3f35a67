package app.counterpart.ui.shell;

import app.counterpart.core.shop.Shop;
import app.counterpart.ui.common.I18n;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** State of the main window: which area is open, and the header's shop, day and time. */
public final class ShellViewModel {

    private final Shop shop;
    private final Clock clock;
    private final I18n i18n;
    private final ObjectProperty<Area> selected = new SimpleObjectProperty<>(Area.DASHBOARD);
    private final ReadOnlyStringWrapper shopName = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper businessDay = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper();

    public ShellViewModel(Shop shop, Clock clock, I18n i18n, Area initial) {
        this.shop = shop;
        this.clock = clock;
        this.i18n = i18n;
        selected.set(initial);
        shopName.set(shop.displayName(i18n.chinese()));
        tick();
    }

    // Properties

    public ObjectProperty<Area> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty shopNameProperty() {
        return shopName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty businessDayProperty() {
        return businessDay.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    // Commands

    /** Refreshes the header's clock and business day; called by the view's timer. */
    public void tick() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), shop.zone());
        var day = shop.calendar().businessDay(clock.instant());
        businessDay.set(i18n.format("shell.businessDay",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(i18n.locale()).format(day)));
        time.set(DateTimeFormatter.ofPattern("HH:mm").format(now));
    }
}
