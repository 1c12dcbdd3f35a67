package app.counterpart.ui.staff.goals;

import app.counterpart.core.common.Money;
import app.counterpart.core.goals.BadgeAward;
import app.counterpart.core.goals.BadgeRule;
import app.counterpart.core.goals.GoalService;
import app.counterpart.core.goals.Leaderboard;
import app.counterpart.core.staff.Staff;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.UiContext;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The leaderboard: people ranked by net sales today, this week or this month, with their number of
 * sales, goal progress and the badges they have earned (new badges are worked out as it loads).
 */
public final class LeaderboardViewModel {

    /** A badge as a chip: its name (with how often it was earned) and what it is for. */
    public record Chip(String code, String text, String tooltip) {
    }

    public record Entry(int rank, String staffId, String name, String net, int sales, double fraction,
            String goal, List<Chip> badges) {
    }

    private record Loaded(List<Entry> entries) {
    }

    private final GoalService goals;
    private final Supplier<List<Staff>> staff;
    private final Currency currency;
    private final UiContext ui;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<Leaderboard.Span> span = new SimpleObjectProperty<>(Leaderboard.Span.WEEK);
    private final StringProperty error = new SimpleStringProperty("");

    public LeaderboardViewModel(GoalService goals, Supplier<List<Staff>> staff, Currency currency, UiContext ui) {
        this.goals = goals;
        this.staff = staff;
        this.currency = currency;
        this.ui = ui;
        span.addListener((o, a, b) -> load());
    }

    public void load() {
        Leaderboard.Span shown = span.get();
        ui.tasks().run(() -> read(shown), l -> {
            if (shown == span.get()) {
                entries.setAll(l.entries());
                error.set("");
            }
        }, e -> error.set(Errors.describe(e)));
    }

    private Loaded read(Leaderboard.Span shown) {
        goals.awardBadges();
        boolean zh = ui.i18n().chinese();
        Map<String, String> names = new HashMap<>();
        staff.get().forEach(s -> names.put(s.id(), s.displayName(zh)));
        Map<String, Map<String, Integer>> earned = new HashMap<>();
        for (BadgeAward a : goals.awards()) {
            earned.computeIfAbsent(a.staffId(), k -> new LinkedHashMap<>()).merge(a.badge(), 1, Integer::sum);
        }
        List<Entry> out = new ArrayList<>();
        for (Leaderboard.Standing s : goals.leaderboard(shown)) {
            out.add(new Entry(s.rank(), s.staffId(), names.getOrDefault(s.staffId(), s.staffId()),
                    money(s.netMinor()), s.salesCount(), s.targetMinor() > 0 ? s.fraction() : -1,
                    s.targetMinor() > 0 ? money(s.targetMinor()) : "—",
                    chips(earned.getOrDefault(s.staffId(), Map.of()))));
        }
        return new Loaded(out);
    }

    /** In the rules' order, so chips line up the same way on every row. */
    private List<Chip> chips(Map<String, Integer> counts) {
        List<Chip> out = new ArrayList<>();
        for (BadgeRule rule : BadgeRule.DEFAULT) {
            Integer n = counts.get(rule.code());
            if (n != null) {
                String name = ui.i18n().text("badges." + rule.code() + ".name");
                out.add(new Chip(rule.code(), n > 1 ? ui.i18n().format("badges.times", name, n) : name,
                        ui.i18n().text("badges." + rule.code() + ".tip")));
            }
        }
        return out;
    }

    private String money(long minor) {
        return Money.format(minor, currency, ui.i18n().locale());
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    public ObjectProperty<Leaderboard.Span> spanProperty() {
        return span;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public app.counterpart.ui.common.I18n i18n() {
        return ui.i18n();
    }
}
