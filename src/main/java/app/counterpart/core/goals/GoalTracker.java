package app.counterpart.core.goals;

import app.counterpart.core.event.EventBus;
import app.counterpart.core.event.SalesCommitted;
import app.counterpart.core.event.SalesCommitted.Booked;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Running net sales per person and team for the current business day and ISO week, kept in memory so a
 * committed sale is checked against its goals in O(1) on the committing thread, with no query in or
 * after the sale's transaction. The figures are loaded from the store off the commit path (at start,
 * at each new business day, after a goal edit) with {@link #load}; sales that commit while a load runs
 * are held back and replayed on top of it unless the load already counted them.
 *
 * <p>Each milestone fires at most once per scope, cadence and period: a refund lowers the totals, but
 * the toast shown for a milestone is neither revoked nor shown again when a later sale reaches it anew.
 */
public final class GoalTracker {

    /**
     * What a load reads: the week's figures per person up to the day, the teams, all goal versions, and
     * the highest sale id counted (ids are time-ordered), so sales committed during the load are not counted twice.
     */
    public record Snapshot(LocalDate day, List<DayFigure> weekFigures, Map<String, List<String>> teamMembers,
            List<SalesGoal> goals, String lastSaleId) {

        public Snapshot {
            weekFigures = List.copyOf(weekFigures);
            teamMembers = Map.copyOf(teamMembers);
            goals = List.copyOf(goals);
        }
    }

    private record Fired(GoalScope scope, Cadence cadence, Milestone milestone, LocalDate periodStart) {
    }

    /** Net and count of one scope in one period; mutable, guarded by the tracker's lock. */
    private static final class Total {
        long net;
        int count;
    }

    private final EventBus events;
    private LocalDate day;
    private GoalBook book = GoalBook.empty();
    private Map<String, List<String>> teamsOf = Map.of();
    private Map<String, List<String>> membersOf = Map.of();
    private final Map<GoalScope, Total> dayTotals = new HashMap<>();
    private final Map<GoalScope, Total> weekTotals = new HashMap<>();
    private final Set<Fired> fired = new HashSet<>();
    /** Sales heard while no load has finished yet, or while one runs: replayed after it. */
    private List<Booked> held = new ArrayList<>();
    private boolean loaded;
    private boolean loading;

    public GoalTracker(EventBus events) {
        this.events = events;
    }

    /** Listens to committed sales on the bus; returns the action that stops listening. */
    public Runnable listen() {
        return events.subscribe(SalesCommitted.class, this::committed);
    }

    /** Called on the committing thread: moves the totals and publishes the milestones crossed. */
    public void committed(SalesCommitted event) {
        List<MilestoneReached> reached = new ArrayList<>(0);
        synchronized (this) {
            for (Booked b : event.sales()) {
                if (!loaded || loading) {
                    held.add(b);
                } else {
                    apply(b, reached);
                }
            }
        }
        reached.forEach(events::publish);
    }

    /** A load is about to read the store: sales from now on are held until {@link #load} replays them. */
    public synchronized void loadStarting() {
        loading = true;
    }

    /** Replaces the totals with freshly read ones; sales held meanwhile and newer than the load are replayed. */
    public void load(Snapshot s) {
        List<MilestoneReached> reached = new ArrayList<>(0);
        synchronized (this) {
            LocalDate weekStart = Cadence.WEEKLY.start(s.day());
            book = new GoalBook(s.goals());
            membersOf = s.teamMembers();
            Map<String, List<String>> teams = new HashMap<>();
            s.teamMembers().forEach((team, members) -> members
                    .forEach(m -> teams.computeIfAbsent(m, k -> new ArrayList<>()).add(team)));
            teamsOf = teams;
            dayTotals.clear();
            weekTotals.clear();
            day = s.day();
            for (DayFigure f : s.weekFigures()) {
                if (f.day().isBefore(weekStart) || f.day().isAfter(s.day())) {
                    continue;
                }
                for (GoalScope scope : scopesOf(f.staffId())) {
                    add(weekTotals, scope, f.netMinor(), f.salesCount());
                    if (f.day().equals(s.day())) {
                        add(dayTotals, scope, f.netMinor(), f.salesCount());
                    }
                }
            }
            // What is reached already was celebrated before (by this run or an earlier one): not again.
            fired.removeIf(f -> f.periodStart().isBefore(weekStart));
            markReached(dayTotals, Cadence.DAILY);
            markReached(weekTotals, Cadence.WEEKLY);
            loaded = true;
            loading = false;
            List<Booked> replay = held;
            held = new ArrayList<>();
            for (Booked b : replay) {
                if (s.lastSaleId() == null || b.saleId().compareTo(s.lastSaleId()) > 0) {
                    apply(b, reached);
                }
            }
        }
        reached.forEach(events::publish);
    }

    // ---- Reading ----

    /** The business day the totals are for, once loaded. */
    public synchronized Optional<LocalDate> day() {
        return Optional.ofNullable(day);
    }

    public synchronized Progress progress(GoalScope scope, Cadence cadence) {
        Total t = (cadence == Cadence.DAILY ? dayTotals : weekTotals).get(scope);
        long target = day == null ? 0 : book.target(scope, cadence, day);
        return new Progress(scope, cadence, t == null ? 0 : t.net, t == null ? 0 : t.count, target);
    }

    /** The teams a person belongs to, by id. */
    public synchronized List<String> teamsOf(String staffId) {
        return teamsOf.getOrDefault(staffId, List.of());
    }

    public synchronized List<String> membersOf(String teamId) {
        return membersOf.getOrDefault(teamId, List.of());
    }

    public synchronized GoalBook goals() {
        return book;
    }

    // ---- Work ----

    private void apply(Booked b, List<MilestoneReached> reached) {
        if (b.servedById() == null || b.businessDay().isBefore(Cadence.WEEKLY.start(day))) {
            return;
        }
        if (b.businessDay().isAfter(day)) {
            rollTo(b.businessDay());
        }
        boolean today = b.businessDay().equals(day);
        for (GoalScope scope : scopesOf(b.servedById())) {
            if (today) {
                move(dayTotals, scope, Cadence.DAILY, b, reached);
            }
            move(weekTotals, scope, Cadence.WEEKLY, b, reached);
        }
    }

    /** A sale of a later business day: a new day starts at zero, and a new week too. */
    private void rollTo(LocalDate next) {
        if (!Cadence.WEEKLY.start(next).equals(Cadence.WEEKLY.start(day))) {
            weekTotals.clear();
            fired.clear();
        }
        dayTotals.clear();
        day = next;
    }

    private void move(Map<GoalScope, Total> totals, GoalScope scope, Cadence cadence, Booked b,
            List<MilestoneReached> reached) {
        Total t = totals.computeIfAbsent(scope, k -> new Total());
        long before = t.net;
        t.net += b.totalMinor();
        t.count += b.countDelta();
        long target = book.target(scope, cadence, day);
        if (b.totalMinor() <= 0 || target <= 0) {
            return;
        }
        for (Milestone m : Milestone.crossed(before, t.net, target)) {
            if (fired.add(new Fired(scope, cadence, m, cadence.start(day)))) {
                reached.add(new MilestoneReached(scope, cadence, m, day, t.net, target, b.servedById(), b.saleId()));
            }
        }
    }

    private List<GoalScope> scopesOf(String staffId) {
        List<String> teams = teamsOf.getOrDefault(staffId, List.of());
        List<GoalScope> scopes = new ArrayList<>(1 + teams.size());
        scopes.add(GoalScope.person(staffId));
        teams.forEach(t -> scopes.add(GoalScope.team(t)));
        return scopes;
    }

    private void markReached(Map<GoalScope, Total> totals, Cadence cadence) {
        totals.forEach((scope, t) -> {
            long target = book.target(scope, cadence, day);
            for (Milestone m : Milestone.values()) {
                if (m.reached(t.net, target)) {
                    fired.add(new Fired(scope, cadence, m, cadence.start(day)));
                }
            }
        });
    }

    private static void add(Map<GoalScope, Total> totals, GoalScope scope, long net, int count) {
        Total t = totals.computeIfAbsent(scope, k -> new Total());
        t.net += net;
        t.count += count;
    }
}
