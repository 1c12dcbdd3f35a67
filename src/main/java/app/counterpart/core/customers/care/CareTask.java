package app.counterpart.core.customers.care;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A care task as the screens see it. Open until someone marks it done; a snoozed task is open but
 * waits until its day. Overdue and due today count from the later of the due day and the snooze day.
 */
public record CareTask(
        String id,
        String ruleId,
        CareRuleKind kind,
        String customerId,
        String customerName,
        String customerPhone,
        LocalDate dueDay,
        String staffId,
        String teamId,
        boolean done,
        LocalDate snoozedUntil,
        String doneBy,
        Instant doneAt,
        LocalDate doneDay,
        String outcomeNoteId) {

    /** The day the task asks to be done on: its due day, or the day it was snoozed to if later. */
    public LocalDate actionDay() {
        return snoozedUntil != null && snoozedUntil.isAfter(dueDay) ? snoozedUntil : dueDay;
    }

    public boolean open() {
        return !done;
    }

    public boolean overdue(LocalDate today) {
        return !done && actionDay().isBefore(today);
    }

    public boolean dueToday(LocalDate today) {
        return !done && actionDay().equals(today);
    }

    /** Open but put off to a later day. */
    public boolean snoozed(LocalDate today) {
        return !done && snoozedUntil != null && snoozedUntil.isAfter(today);
    }

    public boolean doneOn(LocalDate day) {
        return done && day.equals(doneDay);
    }
}
