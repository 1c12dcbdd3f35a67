package app.counterpart.store.goals;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static app.counterpart.store.jooq.Tables.BADGE_AWARD;
import static app.counterpart.store.jooq.Tables.ROLLUP_STAFF_DAY;
import static app.counterpart.store.jooq.Tables.SALE;
import static app.counterpart.store.jooq.Tables.SALES_GOAL;
import static app.counterpart.store.jooq.Tables.TEAM;
import static app.counterpart.store.jooq.Tables.TEAM_MEMBER;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.goals.BadgeAward;
import app.counterpart.core.goals.Cadence;
import app.counterpart.core.goals.DayFigure;
import app.counterpart.core.goals.GoalRepository;
import app.counterpart.core.goals.GoalScope;
import app.counterpart.core.goals.GoalTracker;
import app.counterpart.core.goals.SalesGoal;
import app.counterpart.store.Database;
import app.counterpart.store.outbox.OutboxWriter;
import app.counterpart.store.outbox.Payload;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Goals, badge awards and the per-person daily figures they are judged on. The figures come from the
 * staff rollup (kept in the sale's own transaction), so reading a week or a year costs days, not sales.
 */
public final class JooqGoalRepository implements GoalRepository {

    private final Database db;
    private final IdGenerator ids;

    public JooqGoalRepository(Database db, IdGenerator ids) {
        this.db = db;
        this.ids = ids;
    }

    @Override
    public List<SalesGoal> goals() {
        return db.read(JooqGoalRepository::goals);
    }

    private static List<SalesGoal> goals(DSLContext ctx) {
        return ctx.selectFrom(SALES_GOAL).orderBy(SALES_GOAL.CREATED_AT).fetch(r -> new SalesGoal(r.getId(),
                r.getStaffId() != null ? GoalScope.person(r.getStaffId()) : GoalScope.team(r.getTeamId()),
                Cadence.ofCode(r.getCadence()), r.getTargetMinor(), LocalDate.parse(r.getEffectiveFrom()),
                r.getSetBy(), Instant.ofEpochMilli(r.getCreatedAt())));
    }

    @Override
    public void seedGoals(List<SalesGoal> goals) {
        db.write(ctx -> {
            goals.forEach(g -> insert(ctx, g));
            return null;
        });
    }

    private static void insert(DSLContext ctx, SalesGoal goal) {
        boolean person = goal.scope().kind() == GoalScope.Kind.PERSON;
        ctx.insertInto(SALES_GOAL)
                .set(SALES_GOAL.ID, goal.id())
                .set(SALES_GOAL.STAFF_ID, person ? goal.scope().id() : null)
                .set(SALES_GOAL.TEAM_ID, person ? null : goal.scope().id())
                .set(SALES_GOAL.CADENCE, goal.cadence().code())
                .set(SALES_GOAL.TARGET_MINOR, goal.targetMinor())
                .set(SALES_GOAL.EFFECTIVE_FROM, goal.effectiveFrom().toString())
                .set(SALES_GOAL.SET_BY, goal.setBy())
                .set(SALES_GOAL.CREATED_AT, goal.createdAt().toEpochMilli())
                .execute();
    }

    @Override
    public void addGoal(SalesGoal goal, String staffId) {
        boolean person = goal.scope().kind() == GoalScope.Kind.PERSON;
        long at = goal.createdAt().toEpochMilli();
        db.write(ctx -> {
            insert(ctx, goal);
            String detail = goal.scope().kind().name().toLowerCase(java.util.Locale.ROOT) + " " + goal.scope().id()
                    + " " + goal.cadence().code() + " " + goal.targetMinor() + " from " + goal.effectiveFrom();
            ctx.insertInto(AUDIT_LOG)
                    .set(AUDIT_LOG.ID, ids.next())
                    .set(AUDIT_LOG.AT, at)
                    .set(AUDIT_LOG.STAFF_ID, staffId)
                    .set(AUDIT_LOG.ACTION, "goals.set")
                    .set(AUDIT_LOG.ENTITY, "sales_goal")
                    .set(AUDIT_LOG.ENTITY_ID, goal.id())
                    .set(AUDIT_LOG.DETAIL, detail)
                    .execute();
            OutboxWriter outbox = new OutboxWriter(ctx);
            outbox.add(ids.next(), "sales_goal", goal.id(), "insert", new Payload()
                    .put(person ? "staff_id" : "team_id", goal.scope().id())
                    .put("cadence", goal.cadence().code())
                    .put("target_minor", goal.targetMinor())
                    .put("effective_from", goal.effectiveFrom().toString()).json(), at);
            outbox.flush();
            return null;
        });
    }

    @Override
    public Map<String, List<String>> teamMembers() {
        return db.read(JooqGoalRepository::teamMembers);
    }

    private static Map<String, List<String>> teamMembers(DSLContext ctx) {
        return ctx.selectFrom(TEAM_MEMBER).orderBy(TEAM_MEMBER.TEAM_ID, TEAM_MEMBER.STAFF_ID)
                .fetchGroups(TEAM_MEMBER.TEAM_ID, TEAM_MEMBER.STAFF_ID);
    }

    @Override
    public Map<String, String> teamNames() {
        return db.read(ctx -> {
            Map<String, String> names = new LinkedHashMap<>();
            ctx.selectFrom(TEAM).orderBy(TEAM.NAME).forEach(r -> names.put(r.getId(), r.getName()));
            return names;
        });
    }

    @Override
    public List<DayFigure> dayFigures(LocalDate from, LocalDate to, boolean withNewCustomers) {
        return db.read(ctx -> dayFigures(ctx, from, to, withNewCustomers));
    }

    private static List<DayFigure> dayFigures(DSLContext ctx, LocalDate from, LocalDate to, boolean withNew) {
        Map<String, Integer> fresh = withNew ? newCustomers(ctx, from, to) : Map.of();
        List<DayFigure> out = new ArrayList<>();
        ctx.selectFrom(ROLLUP_STAFF_DAY)
                .where(ROLLUP_STAFF_DAY.BUSINESS_DAY.between(from.toString(), to.toString()))
                .orderBy(ROLLUP_STAFF_DAY.BUSINESS_DAY, ROLLUP_STAFF_DAY.STAFF_ID)
                .forEach(r -> out.add(new DayFigure(r.getStaffId(), LocalDate.parse(r.getBusinessDay()),
                        r.getRevenueMinor(), r.getSalesCount(),
                        fresh.getOrDefault(r.getStaffId() + "|" + r.getBusinessDay(), 0))));
        return out;
    }

    /** Customers whose first sale falls in the range, counted for the person who served that sale. */
    private static Map<String, Integer> newCustomers(DSLContext ctx, LocalDate from, LocalDate to) {
        Map<String, Integer> out = new HashMap<>();
        ctx.resultQuery("""
                SELECT s.served_by_id, s.business_day, COUNT(*) FROM sale s
                WHERE s.kind = 'sale' AND s.customer_id IS NOT NULL AND s.business_day BETWEEN ? AND ?
                  AND NOT EXISTS (SELECT 1 FROM sale e WHERE e.customer_id = s.customer_id AND e.kind = 'sale'
                                  AND e.created_at < s.created_at)
                GROUP BY s.served_by_id, s.business_day""", from.toString(), to.toString())
                .forEach(r -> out.put(r.get(0, String.class) + "|" + r.get(1, String.class), r.get(2, Integer.class)));
        return out;
    }

    @Override
    public GoalTracker.Snapshot snapshot(LocalDate day) {
        LocalDate monday = Cadence.WEEKLY.start(day);
        return db.read(ctx -> new GoalTracker.Snapshot(day, dayFigures(ctx, monday, day, false), teamMembers(ctx),
                goals(ctx), ctx.select(org.jooq.impl.DSL.max(SALE.ID)).from(SALE)
                        .where(SALE.BUSINESS_DAY.ge(monday.toString())).fetchOne(0, String.class)));
    }

    @Override
    public List<BadgeAward> awards() {
        return db.read(ctx -> ctx.selectFrom(BADGE_AWARD).orderBy(BADGE_AWARD.AWARDED_AT, BADGE_AWARD.ID)
                .fetch(r -> new BadgeAward(r.getStaffId(), r.getBadge(), r.getPeriod(),
                        LocalDate.parse(r.getEarnedOn()))));
    }

    @Override
    public int award(Collection<BadgeAward> awards, Instant at) {
        if (awards.isEmpty()) {
            return 0;
        }
        return db.write(ctx -> {
            int added = 0;
            for (BadgeAward a : awards) {
                added += ctx.insertInto(BADGE_AWARD)
                        .set(BADGE_AWARD.ID, ids.next(at))
                        .set(BADGE_AWARD.STAFF_ID, a.staffId())
                        .set(BADGE_AWARD.BADGE, a.badge())
                        .set(BADGE_AWARD.PERIOD, a.period())
                        .set(BADGE_AWARD.EARNED_ON, a.day().toString())
                        .set(BADGE_AWARD.AWARDED_AT, at.toEpochMilli())
                        .onConflictDoNothing()
                        .execute();
            }
            return added;
        });
    }
}
