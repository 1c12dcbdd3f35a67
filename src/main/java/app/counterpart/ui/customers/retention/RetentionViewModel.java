package app.counterpart.ui.customers.retention;

import app.counterpart.core.common.Money;
import app.counterpart.core.customers.retention.Activation;
import app.counterpart.core.customers.retention.Funnel;
import app.counterpart.core.customers.retention.Retention;
import app.counterpart.core.customers.retention.RetentionFacts;
import app.counterpart.core.customers.retention.RetentionReport;
import app.counterpart.core.customers.retention.RetentionRepository;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.UiContext;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The retention tab: reads the facts once in the background, computes every figure there too, and
 * recomputes (without reading the store again) when the activation window changes.
 */
public final class RetentionViewModel {

    private final RetentionRepository repository;
    private final Supplier<LocalDate> today;
    private final Currency currency;
    private final UiContext ui;

    private final ReadOnlyObjectWrapper<RetentionReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper activationDays = new ReadOnlyIntegerWrapper(Activation.DEFAULT_DAYS);
    private RetentionFacts facts;
    private int generation;

    /** {@code today} gives the shop's current business day. */
    public RetentionViewModel(RetentionRepository repository, Supplier<LocalDate> today, Currency currency,
            UiContext ui) {
        this.repository = repository;
        this.today = today;
        this.currency = currency;
        this.ui = ui;
    }

    /** Reads the store and computes everything, off the FX thread. */
    public void load() {
        int days = activationDays.get();
        int mine = ++generation;
        loading.set(true);
        ui.tasks().run(() -> {
            RetentionFacts read = repository.facts();
            return new Loaded(read, new Retention(read, today.get()).report(days));
        }, loaded -> {
            if (mine == generation) {
                facts = loaded.facts();
                show(loaded.report());
            }
        }, this::failed);
    }

    private record Loaded(RetentionFacts facts, RetentionReport report) {
    }

    /**
     * Sets the activation window from what the person typed; refuses (with a message) anything but a
     * whole number of days from 1 to {@link Activation#MAX_DAYS}.
     */
    public boolean setActivationDays(String typed) {
        int days;
        try {
            days = Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            days = -1;
        }
        if (days < 1 || days > Activation.MAX_DAYS) {
            error.set(ui.i18n().format("retention.days.invalid", Activation.MAX_DAYS));
            return false;
        }
        error.set("");
        if (days == activationDays.get()) {
            return true;
        }
        activationDays.set(days);
        RetentionFacts known = facts;
        if (known == null) {
            load();
            return true;
        }
        int n = days;
        int mine = ++generation;
        loading.set(true);
        ui.tasks().run(() -> new Retention(known, today.get()).report(n), r -> {
            if (mine == generation) {
                show(r);
            }
        }, this::failed);
        return true;
    }

    private void show(RetentionReport r) {
        report.set(r);
        loading.set(false);
    }

    private void failed(Throwable e) {
        loading.set(false);
        error.set(Errors.describe(e));
    }

    // ---- formatting for the view ----

    public String month(YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern(ui.i18n().text("retention.month.pattern"), ui.i18n().locale()));
    }

    public String percent(double share) {
        NumberFormat f = NumberFormat.getPercentInstance(ui.i18n().locale());
        f.setMaximumFractionDigits(0);
        return f.format(share);
    }

    public String count(long n) {
        return String.format(ui.i18n().locale(), "%,d", n);
    }

    public String money(long minor) {
        return Money.format(minor, currency, ui.i18n().locale());
    }

    /** The figure of a funnel stage in words, e.g. "12 of 40 customers (30%)". */
    public String figure(Funnel.Figure f) {
        String share = percent(f.share());
        return f.money()
                ? ui.i18n().format("retention.funnel.figure.money", money(f.part()), money(f.whole()), share)
                : ui.i18n().format("retention.funnel.figure.count", count(f.part()), count(f.whole()), share);
    }

    public String unknown(Funnel.Unknown u) {
        return ui.i18n().format(u.reason().key(), u.figure() < 0 ? "" : count(u.figure()));
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<RetentionReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty activationDaysProperty() {
        return activationDays.getReadOnlyProperty();
    }

    public UiContext ui() {
        return ui;
    }
}
