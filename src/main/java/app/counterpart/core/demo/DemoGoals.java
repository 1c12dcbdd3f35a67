package app.counterpart.core.demo;

import app.counterpart.core.goals.BadgeRule;
import app.counterpart.core.goals.Badges;
import app.counterpart.core.goals.Cadence;
import app.counterpart.core.goals.DayFigure;
import app.counterpart.core.goals.GoalBook;
import app.counterpart.core.goals.GoalRepository;
import app.counterpart.core.goals.GoalScope;
import app.counterpart.core.goals.SalesGoal;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Goals for the demo staff and teams, set near what each person really sold (a little above, so some
 * days are reached and some are not), and the badges the history earned. It draws from a Random of its
 * own derived from the seed, so the demo's sales and every figure tests rely on stay as they were.
 */
final class DemoGoals {

    private static final long SALT = 0x6F41_15L;

    private DemoGoals() {
    }

    static void install(GoalRepository goals, DemoShop demo, DemoSalesGenerator.Options options, Instant at) {
        Random random = new Random(options.seed() ^ SALT);
        LocalDate first = options.firstDay();
        LocalDate until = options.until();
        // A round target: 50 major units for a day, 100 for a week.
        long unit = (long) Math.pow(10, Math.max(0, demo.shop().currency().getDefaultFractionDigits()));
        List<DayFigure> figures = goals.dayFigures(first, until, true);
        Map<String, long[]> sums = new HashMap<>();
        for (DayFigure f : figures) {
            long[] s = sums.computeIfAbsent(f.staffId(), k -> new long[2]);
            s[0] += f.netMinor();
            s[1]++;
        }
        Staff owner = demo.staff().stream().filter(s -> s.role() == Role.OWNER).findFirst().orElseThrow();
        LocalDate change = until.minusDays(Math.min(options.days() - 1L, 28));
        List<SalesGoal> out = new ArrayList<>();
        Map<String, long[]> daily = new HashMap<>();
        int n = 0;
        for (Staff s : demo.staff()) {
            long[] sum = sums.get(s.id());
            if (sum == null || sum[1] == 0) {
                continue;
            }
            long average = sum[0] / sum[1];
            long earlier = round(average * (90 + random.nextInt(15)) / 100, 50 * unit);
            long now = round(average * (100 + random.nextInt(20)) / 100, 50 * unit);
            daily.put(s.id(), new long[] {earlier, now});
            GoalScope scope = GoalScope.person(s.id());
            out.add(goal(n++, scope, Cadence.DAILY, earlier, first, owner, at));
            out.add(goal(n++, scope, Cadence.WEEKLY, round(earlier * 6, 100 * unit), first, owner, at));
            if (!change.equals(first)) {
                out.add(goal(n++, scope, Cadence.DAILY, now, change, owner, at.plusMillis(1)));
                out.add(goal(n++, scope, Cadence.WEEKLY, round(now * 6, 100 * unit), change, owner, at.plusMillis(1)));
            }
        }
        for (Map.Entry<String, List<String>> team : goals.teamMembers().entrySet()) {
            long sum = team.getValue().stream().mapToLong(id -> daily.getOrDefault(id, new long[2])[1]).sum();
            if (sum > 0) {
                long target = round(sum * (85 + random.nextInt(10)) / 100, 100 * unit);
                GoalScope scope = GoalScope.team(team.getKey());
                out.add(goal(n++, scope, Cadence.DAILY, target, change, owner, at));
                out.add(goal(n++, scope, Cadence.WEEKLY, round(target * 6, 100 * unit), change, owner, at));
            }
        }
        goals.seedGoals(out);
        goals.award(Badges.earned(BadgeRule.DEFAULT, figures, new GoalBook(out), until), at);
    }

    private static SalesGoal goal(int n, GoalScope scope, Cadence cadence, long target, LocalDate from, Staff owner,
            Instant at) {
        return new SalesGoal(String.format("demo-goal-%04d", n), scope, cadence, target, from, owner.id(), at);
    }

    private static long round(long minor, long step) {
        return Math.max(step, Math.round(minor / (double) step) * step);
    }
}
