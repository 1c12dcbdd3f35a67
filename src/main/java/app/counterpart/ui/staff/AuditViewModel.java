package app.counterpart.ui.staff;

import app.counterpart.core.common.BusinessCalendar;
import app.counterpart.core.staff.AuditLog;
import app.counterpart.core.staff.Staff;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.UiContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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
 * The audit log, newest first, a page at a time: filtered by person, action and a range of business
 * days. Common actions read as words ("Roster: PIN set"); any other shows its code.
 */
public final class AuditViewModel {

    public static final int PAGE = 200;

    /** A choice in a filter list; a null value means "all". */
    public record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One row as shown. */
    public record AuditRow(String at, String person, String action, String code, String detail) {
    }

    private final AuditLog log;
    private final Supplier<List<Staff>> staffList;
    private final BusinessCalendar calendar;
    private final UiContext ui;
    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Choice<Staff>> people = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> actions = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Staff>> person = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<String>> action = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final DateTimeFormatter time;
    private Map<String, String> names = Map.of();
    private AuditLog.Entry last;
    /** Counts loads, so a page that arrives after the filter changed is dropped. */
    private int generation;

    public AuditViewModel(AuditLog log, Supplier<List<Staff>> staffList, BusinessCalendar calendar, UiContext ui) {
        this.log = log;
        this.staffList = staffList;
        this.calendar = calendar;
        this.ui = ui;
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(ui.i18n().locale()).withZone(calendar.zone());
    }

    // Commands

    /** Reads the people and actions for the filters, then the first page. */
    public void load() {
        record Lists(List<Staff> staff, List<String> actions) {
        }
        ui.tasks().run(() -> new Lists(staffList.get(), log.actions()), l -> {
            Map<String, String> n = new HashMap<>();
            List<Choice<Staff>> p = new ArrayList<>();
            p.add(new Choice<>(null, ui.i18n().text("audit.everyone")));
            for (Staff s : l.staff()) {
                n.put(s.id(), s.code() + " " + s.displayName(ui.i18n().chinese()));
                p.add(new Choice<>(s, s.code() + " " + s.displayName(ui.i18n().chinese())));
            }
            names = n;
            people.setAll(p);
            List<Choice<String>> a = new ArrayList<>();
            a.add(new Choice<>(null, ui.i18n().text("audit.allActions")));
            l.actions().forEach(code -> a.add(new Choice<>(code, actionLabel(ui.i18n(), code))));
            actions.setAll(a);
            search();
        }, e -> error.set(Errors.describe(e)));
    }

    /** The first page for the filters as they are now. */
    public void search() {
        rows.clear();
        last = null;
        more.set(false);
        page(++generation);
    }

    /** The next page below the rows shown. */
    public void loadMore() {
        if (more.get() && !loading.get()) {
            page(generation);
        }
    }

    private void page(int gen) {
        AuditLog.Filter filter = filter();
        AuditLog.Entry after = last;
        loading.set(true);
        ui.tasks().run(() -> log.page(filter, after, PAGE + 1), entries -> {
            if (gen != generation) {
                return;
            }
            loading.set(false);
            error.set("");
            List<AuditLog.Entry> shown = entries.size() > PAGE ? entries.subList(0, PAGE) : entries;
            more.set(entries.size() > PAGE);
            if (!shown.isEmpty()) {
                last = shown.get(shown.size() - 1);
            }
            rows.addAll(shown.stream().map(this::row).toList());
        }, e -> {
            loading.set(false);
            error.set(Errors.describe(e));
        });
    }

    /** The filters as a store query; the day range covers whole business days, both ends included. */
    AuditLog.Filter filter() {
        Staff p = person.get() == null ? null : person.get().value();
        String a = action.get() == null ? null : action.get().value();
        return new AuditLog.Filter(p == null ? null : p.id(), a,
                from.get() == null ? null : calendar.start(from.get()),
                to.get() == null ? null : calendar.start(to.get().plusDays(1)));
    }

    private AuditRow row(AuditLog.Entry e) {
        String who = e.staffId() == null ? "—" : names.getOrDefault(e.staffId(), e.staffId());
        String detail = e.detail() == null ? "" : e.detail();
        if (e.entity() != null && e.entityId() != null && detail.isEmpty()) {
            detail = e.entity() + " " + e.entityId();
        }
        return new AuditRow(time.format(e.at()), who, actionLabel(ui.i18n(), e.action()), e.action(), detail);
    }

    /** "Sale" for "sale.commit"; the code itself for an action without a translation. */
    public static String actionLabel(I18n i18n, String code) {
        String key = "audit.action." + code;
        return i18n.has(key) ? i18n.text(key) : code;
    }

    // Properties

    public ObservableList<AuditRow> rows() {
        return rows;
    }

    public ObservableList<Choice<Staff>> people() {
        return people;
    }

    public ObservableList<Choice<String>> actions() {
        return actions;
    }

    public ObjectProperty<Choice<Staff>> personProperty() {
        return person;
    }

    public ObjectProperty<Choice<String>> actionProperty() {
        return action;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** Whether older entries remain below the last row. */
    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
