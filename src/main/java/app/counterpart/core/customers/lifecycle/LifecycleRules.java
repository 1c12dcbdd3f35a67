package app.counterpart.core.customers.lifecycle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The owner's thresholds for the lifecycle stages, kept as data so the owner changes them without a
 * new version of the program.
 *
 * <p>A customer is <b>new</b> while their first visit is at most {@code newDays} days ago and they
 * have visited at most {@code newMaxVisits} times. Otherwise the days since the last visit decide:
 * up to {@code activeDays} active, up to {@code atRiskDays} at risk, up to {@code dormantDays}
 * dormant, beyond that lost. A customer who never bought is measured from the day they joined, so a
 * sign-up who never comes back drifts to lost like anyone else instead of staying new for ever.
 */
public record LifecycleRules(int newDays, int newMaxVisits, int activeDays, int atRiskDays, int dormantDays) {

    /** What a café or a small shop sees as normal: a regular comes at least every six weeks. */
    public static final LifecycleRules DEFAULT = new LifecycleRules(30, 2, 45, 90, 180);

    /** Longer than this is a typo: nobody plans customer care ten years out. */
    public static final int MAX_DAYS = 3650;

    public LifecycleRules {
        List<String> problems = problems(newDays, newMaxVisits, activeDays, atRiskDays, dormantDays);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /**
     * What is wrong with these thresholds, in English, one entry per problem; empty when they can be
     * saved. The editor calls this before it builds the record so it can show every problem at once.
     */
    public static List<String> problems(int newDays, int newMaxVisits, int activeDays, int atRiskDays,
            int dormantDays) {
        List<String> problems = new ArrayList<>();
        if (newDays < 1 || newDays > MAX_DAYS) {
            problems.add("new customer days must be between 1 and " + MAX_DAYS + ", not " + newDays);
        }
        if (newMaxVisits < 1 || newMaxVisits > 1000) {
            problems.add("new customer visits must be between 1 and 1000, not " + newMaxVisits);
        }
        if (activeDays < 1) {
            problems.add("active days must be at least 1, not " + activeDays);
        }
        if (atRiskDays <= activeDays) {
            problems.add("at-risk days (" + atRiskDays + ") must be more than active days (" + activeDays + ")");
        }
        if (dormantDays <= atRiskDays) {
            problems.add("dormant days (" + dormantDays + ") must be more than at-risk days (" + atRiskDays + ")");
        }
        if (dormantDays > MAX_DAYS) {
            problems.add("dormant days must be at most " + MAX_DAYS + ", not " + dormantDays);
        }
        return problems;
    }

    /**
     * The stage of one customer on {@code today}.
     *
     * @param joined     the day the customer joined (never null)
     * @param firstVisit the business day of the first purchase, or null if they never bought
     * @param lastVisit  the business day of the latest purchase, or null if they never bought
     * @param visits     purchases net of voids
     */
    public LifecycleStage stageOf(LocalDate joined, LocalDate firstVisit, LocalDate lastVisit, int visits,
            LocalDate today) {
        LocalDate first = firstVisit == null ? joined : firstVisit;
        LocalDate last = lastVisit == null ? joined : lastVisit;
        long sinceFirst = Math.max(0, ChronoUnit.DAYS.between(first, today));
        if (sinceFirst <= newDays && visits <= newMaxVisits) {
            return LifecycleStage.NEW;
        }
        long sinceLast = Math.max(0, ChronoUnit.DAYS.between(last, today));
        if (sinceLast <= activeDays) {
            return LifecycleStage.ACTIVE;
        }
        if (sinceLast <= atRiskDays) {
            return LifecycleStage.AT_RISK;
        }
        if (sinceLast <= dormantDays) {
            return LifecycleStage.DORMANT;
        }
        return LifecycleStage.LOST;
    }
}
