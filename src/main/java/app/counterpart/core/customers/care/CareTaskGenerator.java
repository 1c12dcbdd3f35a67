package app.counterpart.core.customers.care;

import app.counterpart.core.customers.care.NewCareTask.TaskKey;
import app.counterpart.core.customers.lifecycle.LifecycleRules;
import app.counterpart.core.customers.lifecycle.LifecycleStage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which care tasks the rules ask for on a business day. Pure: the same inputs give the same
 * tasks, and a task already among {@code existing} is never asked for again, so running it twice (at
 * start and again at the day's roll-over, or on two tills) creates nothing twice.
 *
 * <p>A task's due day is the day its rule points at: the greeting day N days before the birthday,
 * the day N days after the first purchase, the day a dormant customer is found. A day missed (the
 * shop was closed, the program not started) is caught up later: a birthday greeting until the
 * birthday itself, a follow-up for {@link #CATCH_UP_DAYS} days; after that the moment has passed.
 */
public final class CareTaskGenerator {

    /** How late a missed follow-up is still worth making. */
    public static final int CATCH_UP_DAYS = 7;

    /** The inputs of one run. */
    public record Input(
            LocalDate today,
            List<CareRule> rules,
            LifecycleRules lifecycle,
            Map<LifecycleStage, String> stageTeams,
            List<CareCandidate> customers,
            Collection<TaskKey> existing) {
    }

    private CareTaskGenerator() {
    }

    public static List<NewCareTask> generate(Input in) {
        Set<TaskKey> existing = new HashSet<>(in.existing());
        Map<String, LocalDate> lastDormant = new HashMap<>();
        for (TaskKey k : existing) {
            lastDormant.merge(k.ruleId() + '\u0000' + k.customerId(), k.dueDay(),
                    (a, b) -> a.isAfter(b) ? a : b);
        }
        List<NewCareTask> out = new ArrayList<>();
        for (CareRule rule : in.rules()) {
            if (!rule.enabled()) {
                continue;
            }
            for (CareCandidate c : in.customers()) {
                LocalDate due = switch (rule.kind()) {
                    case BIRTHDAY -> birthdayDue(rule.days(), c, in.today());
                    case FIRST_PURCHASE -> firstPurchaseDue(rule.days(), c, in.today());
                    case DORMANT -> dormantDue(rule, c, in, lastDormant);
                };
                if (due == null) {
                    continue;
                }
                NewCareTask task = assign(rule, c, due, in);
                if (existing.add(task.key())) {
                    out.add(task);
                }
            }
        }
        return out;
    }

    /** The greeting day of the birthday coming up, if today lies between it and the birthday. */
    static LocalDate birthdayDue(int days, CareCandidate c, LocalDate today) {
        if (c.birthday() == null || !c.consent()) {
            return null;
        }
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            // 29 February becomes 28 February in other years (withYear's rule).
            LocalDate birthday = c.birthday().withYear(year);
            LocalDate greet = birthday.minusDays(days);
            if (!today.isBefore(greet) && !today.isAfter(birthday)) {
                return greet;
            }
        }
        return null;
    }

    static LocalDate firstPurchaseDue(int days, CareCandidate c, LocalDate today) {
        if (c.firstVisit() == null) {
            return null;
        }
        LocalDate due = c.firstVisit().plusDays(days);
        long late = ChronoUnit.DAYS.between(due, today);
        return late >= 0 && late <= CATCH_UP_DAYS ? due : null;
    }

    private static LocalDate dormantDue(CareRule rule, CareCandidate c, Input in, Map<String, LocalDate> lastDormant) {
        if (stage(c, in) != LifecycleStage.DORMANT) {
            return null;
        }
        LocalDate last = lastDormant.get(rule.id() + '\u0000' + c.customerId());
        if (last != null && ChronoUnit.DAYS.between(last, in.today()) < rule.days()) {
            return null;
        }
        lastDormant.put(rule.id() + '\u0000' + c.customerId(), in.today());
        return in.today();
    }

    private static LifecycleStage stage(CareCandidate c, Input in) {
        return in.lifecycle().stageOf(c.joinedOn(), c.firstVisit(), c.lastVisit(), c.visits(), in.today());
    }

    private static NewCareTask assign(CareRule rule, CareCandidate c, LocalDate due, Input in) {
        Assignee a = rule.assignee();
        return switch (a.kind()) {
            case STAFF -> new NewCareTask(rule.id(), c.customerId(), due, a.staffId(), null);
            case TEAM -> new NewCareTask(rule.id(), c.customerId(), due, null, a.teamId());
            case STAGE_TEAM -> new NewCareTask(rule.id(), c.customerId(), due, null, in.stageTeams().get(stage(c, in)));
        };
    }
}
