package app.counterpart.ui.sell;

import app.counterpart.core.common.Money;
import app.counterpart.core.event.SalesCommitted;
import app.counterpart.core.goals.Cadence;
import app.counterpart.core.goals.GoalScope;
import app.counterpart.core.goals.GoalTracker;
import app.counterpart.core.goals.MilestoneReached;
import app.counterpart.core.goals.Progress;
import app.counterpart.core.sell.Cart;
import app.counterpart.core.staff.Staff;
import app.counterpart.ui.common.UiContext;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The goal strip on the sell screen: today's and this week's progress of the person serving (the cart's
 * served-by, else the cashier) and of their team, and a toast with a chime when a sale crosses a
 * milestone. The figures come from the in-memory tracker, read in the background after each sale.
 */
public final class GoalStripModel {

    private static final System.Logger LOG = System.getLogger("app.counterpart.goals");

    /** One row of the strip: a name, then today's and the week's figures (a fraction is -1 without a goal). */
    public static final class Row {
        private final StringProperty name = new SimpleStringProperty("");
        private final StringProperty today = new SimpleStringProperty("");
        private final StringProperty week = new SimpleStringProperty("");
        private final DoubleProperty todayFraction = new SimpleDoubleProperty(-1);
        private final DoubleProperty weekFraction = new SimpleDoubleProperty(-1);
        private final BooleanProperty shown = new SimpleBooleanProperty();

        public ReadOnlyStringProperty nameProperty() {
            return name;
        }

        public ReadOnlyStringProperty todayProperty() {
            return today;
        }

        public ReadOnlyStringProperty weekProperty() {
            return week;
        }

        public DoubleProperty todayFractionProperty() {
            return todayFraction;
        }

        public DoubleProperty weekFractionProperty() {
            return weekFraction;
        }

        public ReadOnlyBooleanProperty shownProperty() {
            return shown;
        }
    }

    private record Figures(String name, Progress day, Progress week) {
    }

    private record Shown(Figures person, Figures team) {
    }

    private final GoalTracker tracker;
    private final Function<String, String> staffName;
    private final Supplier<Map<String, String>> teamNames;
    private final Currency currency;
    private final Runnable chime;
    private final UiContext ui;
    private final Row person = new Row();
    private final Row team = new Row();
    private final StringProperty toastTitle = new SimpleStringProperty("");
    private final StringProperty toastText = new SimpleStringProperty("");
    private final IntegerProperty toasts = new SimpleIntegerProperty();
    private final BooleanProperty muted = new SimpleBooleanProperty();
    private volatile Map<String, String> teams = Map.of();
    private String serving;

    /**
     * @param staffName a person's display name by id
     * @param teamNames team names by id, read in the background
     * @param chime plays the short sound (on a background thread of its own choosing)
     */
    public GoalStripModel(GoalTracker tracker, Function<String, String> staffName,
            Supplier<Map<String, String>> teamNames, Currency currency, Runnable chime, UiContext ui) {
        this.tracker = tracker;
        this.staffName = staffName;
        this.teamNames = teamNames;
        this.currency = currency;
        this.chime = chime;
        this.ui = ui;
    }

    /** Starts listening to sales and milestones; returns the action that stops it. */
    public Runnable listen() {
        Runnable a = ui.events().subscribe(SalesCommitted.class, e -> ui.fxThread().execute(this::refresh));
        Runnable b = ui.events().subscribe(MilestoneReached.class, e -> ui.fxThread().execute(() -> reached(e)));
        ui.tasks().run(teamNames::get, names -> {
            teams = names;
            refresh();
        }, e -> LOG.log(System.Logger.Level.WARNING, "team names not read", e));
        return () -> {
            a.run();
            b.run();
        };
    }

    /** Follows the sell screen: the cart's served-by, else the cashier signed in. */
    public void follow(ObservableValue<Cart> cart, ObservableValue<Staff> cashier) {
        Runnable update = () -> {
            Cart c = cart.getValue();
            Staff s = cashier.getValue();
            serving(c != null && c.servedById() != null ? c.servedById() : s == null ? null : s.id());
        };
        cart.addListener((o, a, b) -> update.run());
        cashier.addListener((o, a, b) -> update.run());
        update.run();
    }

    /** The person whose progress the strip shows (null: nobody, the strip hides). */
    public void serving(String staffId) {
        if (java.util.Objects.equals(staffId, serving)) {
            return;
        }
        serving = staffId;
        refresh();
    }

    /** Reads the figures of the person serving in the background and shows them. */
    public void refresh() {
        String who = serving;
        if (who == null) {
            person.shown.set(false);
            team.shown.set(false);
            return;
        }
        ui.tasks().run(() -> figures(who), shown -> {
            if (who.equals(serving)) {
                show(person, shown.person());
                show(team, shown.team());
            }
        }, e -> LOG.log(System.Logger.Level.WARNING, "goal progress not read", e));
    }

    private Shown figures(String staffId) {
        GoalScope me = GoalScope.person(staffId);
        Figures mine = new Figures(staffName.apply(staffId), tracker.progress(me, Cadence.DAILY),
                tracker.progress(me, Cadence.WEEKLY));
        List<String> myTeams = tracker.teamsOf(staffId);
        Figures ours = null;
        if (!myTeams.isEmpty()) {
            GoalScope t = GoalScope.team(myTeams.get(0));
            ours = new Figures(teams.getOrDefault(t.id(), ""), tracker.progress(t, Cadence.DAILY),
                    tracker.progress(t, Cadence.WEEKLY));
        }
        return new Shown(mine, ours);
    }

    private void show(Row row, Figures f) {
        if (f == null) {
            row.shown.set(false);
            return;
        }
        row.name.set(f.name());
        row.today.set(text("goals.strip.today", f.day()));
        row.week.set(text("goals.strip.week", f.week()));
        row.todayFraction.set(f.day().hasTarget() ? Math.max(0, f.day().fraction()) : -1);
        row.weekFraction.set(f.week().hasTarget() ? Math.max(0, f.week().fraction()) : -1);
        row.shown.set(true);
    }

    private String text(String key, Progress p) {
        return p.hasTarget() ? ui.i18n().format(key, money(p.netMinor()), money(p.targetMinor()))
                : ui.i18n().format(key + "_nogoal", money(p.netMinor()));
    }

    /** The name may need the store, so it is looked up in the background before the toast shows. */
    private void reached(MilestoneReached e) {
        boolean isPerson = e.scope().kind() == GoalScope.Kind.PERSON;
        ui.tasks().run(() -> isPerson ? staffName.apply(e.scope().id()) : teams.getOrDefault(e.scope().id(), ""),
                name -> toast(e, isPerson, name), ex -> LOG.log(System.Logger.Level.WARNING, "milestone not shown", ex));
    }

    private void toast(MilestoneReached e, boolean isPerson, String name) {
        toastTitle.set(ui.i18n().text("milestone.title." + e.milestone().code()));
        toastText.set(ui.i18n().format("milestone." + (isPerson ? "person." : "team.") + e.cadence().code(), name,
                e.milestone().percent(), money(e.netMinor()), money(e.targetMinor())));
        toasts.set(toasts.get() + 1);
        if (!muted.get()) {
            chime.run();
        }
        refresh();
    }

    private String money(long minor) {
        return Money.format(minor, currency, ui.i18n().locale());
    }

    // ---- Properties ----

    public Row person() {
        return person;
    }

    public Row team() {
        return team;
    }

    public ReadOnlyStringProperty toastTitleProperty() {
        return toastTitle;
    }

    public ReadOnlyStringProperty toastTextProperty() {
        return toastText;
    }

    /** How many toasts were raised; the view shows one each time this changes. */
    public ReadOnlyIntegerProperty toastsProperty() {
        return toasts;
    }

    public BooleanProperty mutedProperty() {
        return muted;
    }

    public app.counterpart.ui.common.I18n i18n() {
        return ui.i18n();
    }
}
