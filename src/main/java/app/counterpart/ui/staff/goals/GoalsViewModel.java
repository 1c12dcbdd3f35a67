package app.counterpart.ui.staff.goals;

import app.counterpart.core.common.Money;
import app.counterpart.core.goals.Cadence;
import app.counterpart.core.goals.GoalException;
import app.counterpart.core.goals.GoalScope;
import app.counterpart.core.goals.GoalService;
import app.counterpart.core.goals.GoalTracker;
import app.counterpart.core.goals.Progress;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.UiContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Goals tab: everyone's progress today and this week, and (owner or manager) a form to set a daily
 * or weekly target for a person or a team from a business day on. Reads and writes run in the background.
 */
public final class GoalsViewModel {

    /** Someone a goal can be set for: a person or a team. */
    public record Choice(GoalScope scope, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public record GoalRow(GoalScope scope, String name, String kind, String dayTarget, String dayNet,
            double dayFraction, String weekTarget, String weekNet, double weekFraction) {
    }

    private record Loaded(List<GoalRow> rows, List<Choice> choices) {
    }

    private final GoalService goals;
    private final Supplier<List<Staff>> staff;
    private final Supplier<String> acting;
    private final Supplier<Role> role;
    private final Currency currency;
    private final UiContext ui;
    private final ObservableList<GoalRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> chosen = new SimpleObjectProperty<>();
    private final ObjectProperty<Cadence> cadence = new SimpleObjectProperty<>(Cadence.DAILY);
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty error = new SimpleBooleanProperty();
    private final BooleanProperty mayEdit = new SimpleBooleanProperty();

    public GoalsViewModel(GoalService goals, Supplier<List<Staff>> staff, Supplier<String> acting,
            Supplier<Role> role, Currency currency, UiContext ui) {
        this.goals = goals;
        this.staff = staff;
        this.acting = acting;
        this.role = role;
        this.currency = currency;
        this.ui = ui;
        this.mayEdit.set(GoalService.maySetGoals(role.get()));
        this.from.set(goals.today());
    }

    public void load() {
        ui.tasks().run(this::read, l -> {
            rows.setAll(l.rows());
            Choice was = chosen.get();
            choices.setAll(l.choices());
            chosen.set(was == null ? null : l.choices().stream().filter(c -> c.scope().equals(was.scope()))
                    .findFirst().orElse(null));
        }, this::fail);
    }

    private Loaded read() {
        GoalTracker tracker = goals.tracker();
        boolean zh = ui.i18n().chinese();
        List<GoalRow> out = new ArrayList<>();
        List<Choice> options = new ArrayList<>();
        for (Staff s : staff.get()) {
            if (!s.active()) {
                continue;
            }
            GoalScope scope = GoalScope.person(s.id());
            out.add(row(tracker, scope, s.displayName(zh), ui.i18n().text("goals.kind.person")));
            options.add(new Choice(scope, s.displayName(zh)));
        }
        for (Map.Entry<String, String> t : goals.teamNames().entrySet()) {
            GoalScope scope = GoalScope.team(t.getKey());
            out.add(row(tracker, scope, t.getValue(), ui.i18n().text("goals.kind.team")));
            options.add(new Choice(scope, ui.i18n().format("goals.team_choice", t.getValue())));
        }
        return new Loaded(out, options);
    }

    private GoalRow row(GoalTracker tracker, GoalScope scope, String name, String kind) {
        Progress d = tracker.progress(scope, Cadence.DAILY);
        Progress w = tracker.progress(scope, Cadence.WEEKLY);
        return new GoalRow(scope, name, kind, target(d), money(d.netMinor()), d.hasTarget() ? d.fraction() : -1,
                target(w), money(w.netMinor()), w.hasTarget() ? w.fraction() : -1);
    }

    private String target(Progress p) {
        return p.hasTarget() ? money(p.targetMinor()) : "—";
    }

    /** Saves the target from the form as a new version; the table reloads with it. */
    public void save() {
        Choice who = chosen.get();
        Cadence c = cadence.get();
        LocalDate day = from.get();
        long minor;
        try {
            minor = Money.parse(amount.get() == null ? "" : amount.get().strip(), currency);
        } catch (RuntimeException e) {
            show(ui.i18n().text(GoalException.Problem.TARGET_INVALID.key()), true);
            return;
        }
        Role r = role.get();
        ui.tasks().run(() -> goals.setGoal(who == null ? null : who.scope(), c, minor, day, acting.get(), r), g -> {
            show(ui.i18n().format("goals.saved", who.label(), money(g.targetMinor()), g.effectiveFrom()), false);
            amount.set("");
            load();
        }, this::fail);
    }

    private void fail(Throwable e) {
        if (e instanceof GoalException g) {
            show(ui.i18n().text(g.problem().key()), true);
        } else {
            show(Errors.describe(e), true);
        }
    }

    private void show(String text, boolean isError) {
        message.set(text);
        error.set(isError);
    }

    private String money(long minor) {
        return Money.format(minor, currency, ui.i18n().locale());
    }

    // ---- Properties ----

    public ObservableList<GoalRow> rows() {
        return rows;
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    public ObjectProperty<Choice> chosenProperty() {
        return chosen;
    }

    public ObjectProperty<Cadence> cadenceProperty() {
        return cadence;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty mayEditProperty() {
        return mayEdit;
    }

    public app.counterpart.ui.common.I18n i18n() {
        return ui.i18n();
    }
}
