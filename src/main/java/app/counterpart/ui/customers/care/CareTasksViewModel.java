package app.counterpart.ui.customers.care;

import app.counterpart.core.customers.Phones;
import app.counterpart.core.customers.care.CareBoard;
import app.counterpart.core.customers.care.CareCounts;
import app.counterpart.core.customers.care.CareService;
import app.counterpart.core.customers.care.CareTask;
import app.counterpart.core.customers.care.Team;
import app.counterpart.core.customers.timeline.ServiceKind;
import app.counterpart.core.event.CareTasksChanged;
import app.counterpart.core.staff.Staff;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.customers.ServiceTexts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The care tasks screen: whose tasks (mine, my team's, everyone's) and which (open, overdue, done),
 * the counts per person and team, and the actions done and snooze. Tasks are read in the background;
 * filtering is done on the FX thread over the tasks read (a shop has tens or hundreds, not millions).
 * The list reloads when the rules made new tasks (at start, at the day's roll-over).
 */
public final class CareTasksViewModel {

    /** A row of the task table, with its texts ready. */
    public record TaskRow(CareTask task, String kind, String customer, String phone, String due, String assignee,
            String state) {
    }

    /** A row of the counts table: a person or a team. */
    public record CountRow(String name, boolean team, CareCounts counts) {
    }

    private record Loaded(List<CareTask> tasks, List<Team> teams, List<Staff> staff, LocalDate today, String me) {
    }

    /** Tasks are days or weeks apart, never years: month and day fit a narrow column. */
    private static final java.time.format.DateTimeFormatter DUE = java.time.format.DateTimeFormatter.ofPattern("MM-dd");

    private final CareService care;
    private final Supplier<List<Staff>> staffList;
    private final Supplier<String> actingStaff;
    private final UiContext ui;
    private final boolean phonesInFull;

    // ---- Properties ----
    private final ObjectProperty<CareBoard.Scope> scope = new SimpleObjectProperty<>(CareBoard.Scope.MY_TEAM);
    private final ObjectProperty<CareBoard.Show> show = new SimpleObjectProperty<>(CareBoard.Show.OPEN);
    private final ObservableList<TaskRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CountRow> counts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();

    private Loaded loaded = new Loaded(List.of(), List.of(), List.of(), LocalDate.MIN, null);
    private Map<String, String> staffNames = Map.of();
    private Map<String, String> teamNames = Map.of();

    /**
     * @param actingStaff who is at the screen ("mine"; the one who marks tasks done): the app's seam
     *                    for sign-in
     * @param phonesInFull whether the person at the screen sees whole phone numbers
     */
    public CareTasksViewModel(CareService care, Supplier<List<Staff>> staffList, Supplier<String> actingStaff,
            boolean phonesInFull, UiContext ui) {
        this.care = care;
        this.staffList = staffList;
        this.actingStaff = actingStaff;
        this.phonesInFull = phonesInFull;
        this.ui = ui;
        scope.addListener((o, a, b) -> apply());
        show.addListener((o, a, b) -> apply());
        ui.events().subscribe(CareTasksChanged.class, e -> ui.fxThread().execute(this::load));
    }

    // ---- Commands ----

    public void load() {
        loading.set(true);
        ui.tasks().run(() -> new Loaded(care.tasks(), care.teams(), staffList.get(), care.today(), actingStaff.get()),
                l -> {
                    loaded = l;
                    Map<String, String> people = new HashMap<>();
                    l.staff().forEach(s -> people.put(s.id(), s.displayName(ui.i18n().chinese())));
                    staffNames = people;
                    Map<String, String> teams = new HashMap<>();
                    l.teams().forEach(t -> teams.put(t.id(), t.name()));
                    teamNames = teams;
                    loading.set(false);
                    apply();
                }, e -> {
                    loading.set(false);
                    error(ServiceTexts.describe(e, ui.i18n()));
                });
    }

    /** Marks a task done; a non-blank outcome goes on the customer's timeline as an entry of that kind. */
    public void done(TaskRow row, ServiceKind kind, String outcome, Runnable after) {
        ui.tasks().run(() -> {
            care.done(row.task().id(), actingStaff.get(), kind, outcome);
            return null;
        }, ok -> {
            info(ui.i18n().format("care.doneMessage", row.customer()));
            load();
            after.run();
        }, e -> error(ServiceTexts.describe(e, ui.i18n())));
    }

    /** Puts a task off by a number of days typed by the person. */
    public void snooze(TaskRow row, String daysText, Runnable after) {
        int days;
        try {
            days = Integer.parseInt(daysText.strip());
        } catch (NumberFormatException e) {
            error(ui.i18n().format("care.problem.snooze_days", daysText.strip()));
            return;
        }
        LocalDate until = loaded.today().plusDays(days);
        ui.tasks().run(() -> {
            care.snooze(row.task().id(), actingStaff.get(), until);
            return null;
        }, ok -> {
            info(ui.i18n().format("care.snoozedMessage", row.customer(), until));
            load();
            after.run();
        }, e -> error(ServiceTexts.describe(e, ui.i18n())));
    }

    // ---- Filtering and counting ----

    private void apply() {
        LocalDate today = loaded.today();
        CareBoard.Viewer viewer = CareBoard.Viewer.of(loaded.me(), loaded.teams());
        List<TaskRow> out = new ArrayList<>();
        for (CareTask t : CareBoard.filter(loaded.tasks(), scope.get(), show.get(), viewer, today)) {
            out.add(row(t, today));
        }
        rows.setAll(out);

        Map<String, CareCounts> byStaff = CareBoard.byStaff(loaded.tasks(), today);
        Map<String, CareCounts> byTeam = CareBoard.byTeam(loaded.tasks(), today);
        List<CountRow> table = new ArrayList<>();
        for (Team t : loaded.teams()) {
            table.add(new CountRow(t.name(), true, byTeam.getOrDefault(t.id(), CareCounts.NONE)));
        }
        for (Staff s : loaded.staff()) {
            CareCounts c = byStaff.get(s.id());
            if (c != null) {
                table.add(new CountRow(s.displayName(ui.i18n().chinese()), false, c));
            }
        }
        CareCounts mine = byStaff.getOrDefault(loaded.me(), CareCounts.NONE);
        counts.setAll(table);
        CareCounts all = CareBoard.total(loaded.tasks(), today);
        summary.set(ui.i18n().format("care.summary", mine.open(), mine.overdue(), mine.dueToday(), mine.doneToday(),
                all.open(), all.overdue(), all.dueToday(), all.doneToday()));
    }

    private TaskRow row(CareTask t, LocalDate today) {
        String assignee = t.staffId() != null ? staffNames.getOrDefault(t.staffId(), "?")
                : t.teamId() != null ? teamNames.getOrDefault(t.teamId(), "?") : ui.i18n().text("care.unassigned");
        String state;
        if (t.done()) {
            state = ui.i18n().format("care.state.done", staffNames.getOrDefault(t.doneBy(), "?"), t.doneDay());
        } else if (t.snoozed(today)) {
            state = ui.i18n().format("care.state.snoozed", t.snoozedUntil());
        } else if (t.overdue(today)) {
            state = ui.i18n().format("care.state.overdue", java.time.temporal.ChronoUnit.DAYS.between(t.actionDay(),
                    today));
        } else if (t.dueToday(today)) {
            state = ui.i18n().text("care.state.today");
        } else {
            state = ui.i18n().text("care.state.open");
        }
        String phone = t.customerPhone() == null ? "" : phonesInFull ? t.customerPhone() : Phones.mask(t.customerPhone());
        return new TaskRow(t, ui.i18n().text("care.kindShort." + t.kind().code()), t.customerName(), phone,
                DUE.format(t.dueDay()), assignee, state);
    }

    private void info(String text) {
        message.set(text);
        messageIsError.set(false);
    }

    private void error(String text) {
        message.set(text);
        messageIsError.set(true);
    }

    // ---- Accessors ----

    public ObjectProperty<CareBoard.Scope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<CareBoard.Show> showProperty() {
        return show;
    }

    public ObservableList<TaskRow> rows() {
        return rows;
    }

    public ObservableList<CountRow> counts() {
        return counts;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The business day the list was read on (for the snooze field's hint). */
    public LocalDate today() {
        return loaded.today();
    }
}
