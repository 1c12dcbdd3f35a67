package app.counterpart.core.customers.care;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Filters and counts over a list of care tasks: what a screen asks for, with no store behind it. */
public final class CareBoard {

    /** Whose tasks. */
    public enum Scope { MINE, MY_TEAM, ALL }

    /** Which tasks. */
    public enum Show { OPEN, OVERDUE, DONE }

    /** Who is looking: the person and the teams they belong to. */
    public record Viewer(String staffId, Set<String> teamIds, Set<String> teamMates) {
        public Viewer {
            teamIds = Set.copyOf(teamIds);
            teamMates = Set.copyOf(teamMates);
        }

        /** The viewer's teams and everyone in them, from the shop's teams. */
        public static Viewer of(String staffId, List<Team> teams) {
            Set<String> ids = new java.util.HashSet<>();
            Set<String> mates = new java.util.HashSet<>();
            if (staffId != null) {
                mates.add(staffId);
            }
            for (Team t : teams) {
                if (staffId != null && t.memberIds().contains(staffId)) {
                    ids.add(t.id());
                    mates.addAll(t.memberIds());
                }
            }
            return new Viewer(staffId, ids, mates);
        }
    }

    private CareBoard() {
    }

    /**
     * The tasks to list: open ones by the day they ask for (overdue first), done ones newest first.
     * "My team" means tasks given to one of my teams or to anyone in them, me included.
     */
    public static List<CareTask> filter(List<CareTask> tasks, Scope scope, Show show, Viewer viewer, LocalDate today) {
        Comparator<CareTask> order = show == Show.DONE
                ? Comparator.comparing(CareTask::doneAt, Comparator.nullsLast(Comparator.reverseOrder()))
                : Comparator.comparing(CareTask::actionDay).thenComparing(CareTask::customerName,
                        Comparator.nullsLast(Comparator.naturalOrder()));
        return tasks.stream()
                .filter(t -> switch (scope) {
                    case MINE -> viewer.staffId() != null && (viewer.staffId().equals(t.staffId())
                            || show == Show.DONE && viewer.staffId().equals(t.doneBy()));
                    case MY_TEAM -> t.teamId() != null && viewer.teamIds().contains(t.teamId())
                            || t.staffId() != null && viewer.teamMates().contains(t.staffId());
                    case ALL -> true;
                })
                .filter(t -> switch (show) {
                    case OPEN -> t.open();
                    case OVERDUE -> t.overdue(today);
                    case DONE -> t.done();
                })
                .sorted(order)
                .toList();
    }

    /** Counts per person the tasks are given to; done today counts for whoever did it. */
    public static Map<String, CareCounts> byStaff(List<CareTask> tasks, LocalDate today) {
        Map<String, CareCounts> out = new HashMap<>();
        for (CareTask t : tasks) {
            if (t.staffId() != null) {
                out.merge(t.staffId(), CareCounts.NONE.plus(t, today, false), CareBoard::sum);
            }
            if (t.doneOn(today) && t.doneBy() != null) {
                out.merge(t.doneBy(), new CareCounts(0, 0, 0, 1), CareBoard::sum);
            }
        }
        return out;
    }

    /** Counts per team the tasks are given to. */
    public static Map<String, CareCounts> byTeam(List<CareTask> tasks, LocalDate today) {
        Map<String, CareCounts> out = new HashMap<>();
        for (CareTask t : tasks) {
            if (t.teamId() != null) {
                out.merge(t.teamId(), CareCounts.NONE.plus(t, today, true), CareBoard::sum);
            }
        }
        return out;
    }

    /** Counts over all tasks. */
    public static CareCounts total(List<CareTask> tasks, LocalDate today) {
        CareCounts c = CareCounts.NONE;
        for (CareTask t : tasks) {
            c = c.plus(t, today, true);
        }
        return c;
    }

    private static CareCounts sum(CareCounts a, CareCounts b) {
        return new CareCounts(a.open() + b.open(), a.overdue() + b.overdue(), a.dueToday() + b.dueToday(),
                a.doneToday() + b.doneToday());
    }
}
