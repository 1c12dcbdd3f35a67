package app.counterpart.core.incentives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with a rule before it is saved, one problem per field and reason, so an editor can show
 * every problem at once under the field it belongs to. Pure: the editor hands over what the person typed
 * (tiers as plain numbers, since a {@link Tier} cannot even hold an out-of-range rate) and turns each
 * problem's message key and arguments into a sentence in the person's language.
 *
 * <p>Which fields are checked follows the kind, as {@link IncentiveRule} describes: commissions need
 * their tiers and target, bonuses an amount above zero, a team goal a team, a goal and a pool.
 */
public final class RuleValidation {

    /** Longest name a rule may have. */
    public static final int MAX_NAME = 60;

    public static final String KIND = "kind";
    public static final String NAME = "name";
    public static final String EFFECTIVE_FROM = "effectiveFrom";
    public static final String EFFECTIVE_TO = "effectiveTo";
    public static final String WHO = "who";
    public static final String TARGET = "target";
    public static final String TIERS = "tiers";
    public static final String AMOUNT = "amount";
    public static final String TEAM = "team";
    public static final String GOAL = "goal";
    public static final String SPLIT = "split";

    /** One problem: the field it belongs to, a message key ({@code incentives.problem.*}) and its arguments. */
    public record Problem(String field, String key, List<Object> args) {

        public Problem {
            args = List.copyOf(args);
        }

        static Problem of(String field, String key, Object... args) {
            return new Problem(field, "incentives.problem." + key, List.of(args));
        }
    }

    /** A tier as typed: from an amount of period sales (minor units), a rate in basis points. */
    public record TierInput(long fromMinor, long rateBp) {
    }

    /**
     * A rule as the editor holds it; a null scope or kind means "not chosen". {@code previousFrom} is the
     * start of the version this one replaces, or null for a new rule: a new version may start on the same
     * day (a correction of a scheduled version) but not before it, as the store also refuses.
     */
    public record Draft(
            RuleKind kind,
            String name,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            Who.Scope whoScope,
            String whoValue,
            Target.Scope targetScope,
            String targetValue,
            List<TierInput> tiers,
            long amountMinor,
            String teamId,
            long goalMinor,
            GoalSplit split,
            LocalDate previousFrom) {

        public Draft {
            tiers = tiers == null ? List.of() : List.copyOf(tiers);
        }

        /** The draft of a stored version (for instance to check a retirement before it is saved). */
        public static Draft of(IncentiveRule rule, LocalDate previousFrom) {
            return new Draft(rule.kind(), rule.name(), rule.effectiveFrom(), rule.effectiveTo(),
                    rule.who() == null ? null : rule.who().scope(), rule.who() == null ? null : rule.who().value(),
                    rule.target() == null ? null : rule.target().scope(),
                    rule.target() == null ? null : rule.target().value(),
                    rule.tiers().stream().map(t -> new TierInput(t.fromMinor(), t.rateBp())).toList(),
                    rule.amountMinor(), rule.teamId(), rule.goalMinor(), rule.split(), previousFrom);
        }
    }

    private RuleValidation() {
    }

    /** The problems of a stored or built rule; empty when it can be saved. */
    public static List<Problem> problems(IncentiveRule rule) {
        return problems(Draft.of(rule, null));
    }

    /** Every problem of the draft, in the order of the editor's fields; empty when it can be saved. */
    public static List<Problem> problems(Draft d) {
        List<Problem> out = new ArrayList<>();
        String name = d.name() == null ? "" : d.name().strip();
        if (name.isEmpty()) {
            out.add(Problem.of(NAME, "nameRequired"));
        } else if (name.length() > MAX_NAME) {
            out.add(Problem.of(NAME, "nameTooLong", MAX_NAME));
        }
        if (d.effectiveFrom() == null) {
            out.add(Problem.of(EFFECTIVE_FROM, "fromRequired"));
        } else if (d.previousFrom() != null && d.effectiveFrom().isBefore(d.previousFrom())) {
            out.add(Problem.of(EFFECTIVE_FROM, "fromAfterPrevious", d.previousFrom()));
        }
        if (d.effectiveFrom() != null && d.effectiveTo() != null && !d.effectiveTo().isAfter(d.effectiveFrom())) {
            out.add(Problem.of(EFFECTIVE_TO, "toAfterFrom", d.effectiveFrom()));
        }
        if (d.kind() == null) {
            out.add(Problem.of(KIND, "kindRequired"));
            return out;
        }
        if (d.kind() != RuleKind.TEAM_GOAL) {
            if (d.whoScope() == null) {
                out.add(Problem.of(WHO, "whoRequired"));
            } else if (d.whoScope() != Who.Scope.EVERYONE && blank(d.whoValue())) {
                out.add(Problem.of(WHO, "whoValueRequired", d.whoScope().name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        switch (d.kind()) {
            case PERCENT_COMMISSION, TIERED_COMMISSION -> {
                if (d.targetScope() == null) {
                    out.add(Problem.of(TARGET, "targetRequired"));
                } else if (d.targetScope() != Target.Scope.ALL && blank(d.targetValue())) {
                    out.add(Problem.of(TARGET, "targetValueRequired",
                            d.targetScope().name().toLowerCase(java.util.Locale.ROOT)));
                }
                tiers(d.tiers(), d.kind(), out);
                if (d.amountMinor() < 0) {
                    out.add(Problem.of(AMOUNT, "amountNotNegative"));
                }
            }
            case NEW_CUSTOMER_BONUS, REFERRAL_BONUS -> {
                if (d.amountMinor() <= 0) {
                    out.add(Problem.of(AMOUNT, "amountPositive"));
                }
            }
            case TEAM_GOAL -> {
                if (blank(d.teamId())) {
                    out.add(Problem.of(TEAM, "teamRequired"));
                }
                if (d.goalMinor() <= 0) {
                    out.add(Problem.of(GOAL, "goalPositive"));
                }
                if (d.amountMinor() <= 0) {
                    out.add(Problem.of(AMOUNT, "poolPositive"));
                }
                if (d.split() == null) {
                    out.add(Problem.of(SPLIT, "splitRequired"));
                }
            }
            default -> throw new IllegalStateException("unknown kind " + d.kind());
        }
        return out;
    }

    /**
     * A schedule starts at 0, its thresholds rise strictly and its rates never fall: a person who sells
     * more must never be paid a lower rate. Rows are named 1-based, as the person sees them.
     */
    private static void tiers(List<TierInput> tiers, RuleKind kind, List<Problem> out) {
        if (tiers.isEmpty()) {
            out.add(Problem.of(TIERS, "tiersRequired"));
            return;
        }
        if (kind == RuleKind.PERCENT_COMMISSION && tiers.size() > 1) {
            out.add(Problem.of(TIERS, "flatOneTier"));
        }
        if (tiers.get(0).fromMinor() != 0) {
            out.add(Problem.of(TIERS, "firstFromZero"));
        }
        for (int i = 0; i < tiers.size(); i++) {
            TierInput t = tiers.get(i);
            int row = i + 1;
            if (t.fromMinor() < 0) {
                out.add(Problem.of(TIERS, "tierFromNegative", row));
            }
            if (t.rateBp() < 0 || t.rateBp() > 10_000) {
                out.add(Problem.of(TIERS, "rateRange", row));
            }
            if (i > 0) {
                TierInput before = tiers.get(i - 1);
                if (t.fromMinor() <= before.fromMinor()) {
                    out.add(Problem.of(TIERS, "thresholdsIncrease", row));
                }
                if (t.rateBp() < before.rateBp()) {
                    out.add(Problem.of(TIERS, "ratesNeverFall", row));
                }
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
