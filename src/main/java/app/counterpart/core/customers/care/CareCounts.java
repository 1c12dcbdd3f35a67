package app.counterpart.core.customers.care;

/** How a person's or a team's care tasks stand today. */
public record CareCounts(int open, int overdue, int dueToday, int doneToday) {

    public static final CareCounts NONE = new CareCounts(0, 0, 0, 0);

    CareCounts plus(CareTask t, java.time.LocalDate today, boolean countDone) {
        return new CareCounts(open + (t.open() ? 1 : 0), overdue + (t.overdue(today) ? 1 : 0),
                dueToday + (t.dueToday(today) ? 1 : 0), doneToday + (countDone && t.doneOn(today) ? 1 : 0));
    }
}
