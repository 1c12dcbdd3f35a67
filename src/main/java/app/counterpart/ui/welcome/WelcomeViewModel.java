package app.counterpart.ui.welcome;

import app.counterpart.core.shop.NewShop;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.UiContext;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** First run: open the demo shop, or set up one's own shop with a short form. */
public final class WelcomeViewModel {

    private final FirstRun firstRun;
    private final UiContext ui;
    private final Runnable onReady;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper setupMode = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    private final StringProperty shopName = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("CNY");
    private final StringProperty zone = new SimpleStringProperty(ZoneId.systemDefault().getId());
    private final IntegerProperty cutoffHour = new SimpleIntegerProperty(4);
    private final StringProperty ownerName = new SimpleStringProperty("");
    private final StringProperty ownerPin = new SimpleStringProperty("");

    public WelcomeViewModel(FirstRun firstRun, UiContext ui, Runnable onReady) {
        this.firstRun = firstRun;
        this.ui = ui;
        this.onReady = onReady;
    }

    // Commands

    public void openDemo() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        status.set(ui.i18n().text("welcome.demo.building"));
        progress.set(0);
        ui.tasks().run(() -> {
            firstRun.openDemo(p -> ui.fxThread().execute(() -> progress.set(p)));
            return null;
        }, ignored -> {
            busy.set(false);
            onReady.run();
        }, this::failed);
    }

    public void showSetup(boolean show) {
        setupMode.set(show);
        error.set("");
    }

    public void createShop() {
        if (busy.get()) {
            return;
        }
        NewShop form = new NewShop(shopName.get(), currency.get(), zone.get(), cutoffHour.get(), ownerName.get(),
                ownerPin.get());
        List<NewShop.Problem> problems = form.problems();
        if (!problems.isEmpty()) {
            error.set(ui.i18n().text(problems.get(0).messageKey()));
            return;
        }
        busy.set(true);
        error.set("");
        status.set(ui.i18n().text("welcome.setup.creating"));
        progress.set(-1);
        ui.tasks().run(() -> {
            firstRun.createShop(form);
            return null;
        }, ignored -> {
            busy.set(false);
            onReady.run();
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        status.set("");
        error.set(ui.i18n().format("welcome.error", Errors.describe(e)));
    }

    // Properties

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty setupModeProperty() {
        return setupMode.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public StringProperty shopNameProperty() {
        return shopName;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty zoneProperty() {
        return zone;
    }

    public IntegerProperty cutoffHourProperty() {
        return cutoffHour;
    }

    public StringProperty ownerNameProperty() {
        return ownerName;
    }

    public StringProperty ownerPinProperty() {
        return ownerPin;
    }
}
