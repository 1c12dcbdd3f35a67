package app.counterpart.store.customers;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static app.counterpart.store.jooq.Tables.CARE_RULE;
import static app.counterpart.store.jooq.Tables.CARE_TASK;
import static app.counterpart.store.jooq.Tables.CUSTOMER;
import static app.counterpart.store.jooq.Tables.CUSTOMER_STATS;
import static app.counterpart.store.jooq.Tables.STAGE_TEAM;
import static app.counterpart.store.jooq.Tables.TEAM;
import static app.counterpart.store.jooq.Tables.TEAM_MEMBER;

import app.counterpart.core.common.BusinessCalendar;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.customers.care.Assignee;
import app.counterpart.core.customers.care.CareCandidate;
import app.counterpart.core.customers.care.CareException;
import app.counterpart.core.customers.care.CareRepository;
import app.counterpart.core.customers.care.CareRule;
import app.counterpart.core.customers.care.CareRuleKind;
import app.counterpart.core.customers.care.CareTask;
import app.counterpart.core.customers.care.NewCareTask;
import app.counterpart.core.customers.care.NewCareTask.TaskKey;
import app.counterpart.core.customers.care.Team;
import app.counterpart.core.customers.lifecycle.LifecycleStage;
import app.counterpart.core.customers.timeline.ServiceEntry;
import app.counterpart.core.customers.timeline.TimelineException;
import app.counterpart.store.Database;
import app.counterpart.store.StoreException;
import app.counterpart.store.outbox.OutboxWriter;
import app.counterpart.store.outbox.Payload;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Care rules, teams and tasks. A task's (rule, customer, due day) is unique in the database, and new
 * tasks are inserted with "on conflict do nothing", so two runs of the rules (two tills, a restart)
 * never make a task twice. Tasks change (done, snoozed), so their outbox rows carry the changed fields.
 */
public final class JooqCareRepository implements CareRepository {

    private final Database db;
    private final IdGenerator ids;
    private final Clock clock;

    public JooqCareRepository(Database db, IdGenerator ids, Clock clock) {
        this.db = db;
        this.ids = ids;
        this.clock = clock;
    }

    // ---- Rules ----

    @Override
    public List<CareRule> rules() {
        return db.read(ctx -> ctx.selectFrom(CARE_RULE).fetch(r -> new CareRule(r.getId(),
                CareRuleKind.ofCode(r.getKind()), r.getEnabled() == 1, r.getDays(),
                new Assignee(Assignee.Kind.ofCode(r.getAssigneeKind()), r.getAssigneeStaffId(),
                        r.getAssigneeTeamId()))))
                .stream().sorted(java.util.Comparator.comparing(CareRule::kind)).toList();
    }

    @Override
    public void saveRules(List<CareRule> rules, String staffId) {
        long now = clock.millis();
        db.write(ctx -> {
            OutboxWriter outbox = new OutboxWriter(ctx);
            for (CareRule r : rules) {
                ctx.insertInto(CARE_RULE)
                        .set(CARE_RULE.ID, r.id())
                        .set(CARE_RULE.KIND, r.kind().code())
                        .set(CARE_RULE.ENABLED, r.enabled() ? 1 : 0)
                        .set(CARE_RULE.DAYS, r.days())
                        .set(CARE_RULE.ASSIGNEE_KIND, r.assignee().kind().code())
                        .set(CARE_RULE.ASSIGNEE_STAFF_ID, r.assignee().staffId())
                        .set(CARE_RULE.ASSIGNEE_TEAM_ID, r.assignee().teamId())
                        .set(CARE_RULE.UPDATED_AT, now)
                        .onConflict(CARE_RULE.ID).doUpdate()
                        .set(CARE_RULE.ENABLED, r.enabled() ? 1 : 0)
                        .set(CARE_RULE.DAYS, r.days())
                        .set(CARE_RULE.ASSIGNEE_KIND, r.assignee().kind().code())
                        .set(CARE_RULE.ASSIGNEE_STAFF_ID, r.assignee().staffId())
                        .set(CARE_RULE.ASSIGNEE_TEAM_ID, r.assignee().teamId())
                        .set(CARE_RULE.UPDATED_AT, now)
                        .execute();
                String detail = r.kind().code() + (r.enabled() ? " on" : " off") + ", " + r.days() + " days, "
                        + r.assignee().kind().code()
                        + (r.assignee().staffId() != null ? " " + r.assignee().staffId() : "")
                        + (r.assignee().teamId() != null ? " " + r.assignee().teamId() : "");
                audit(ctx, now, staffId, "care_rule.save", "care_rule", r.id(), detail);
                outbox.add(ids.next(), "care_rule", r.id(), "upsert", new Payload().put("kind", r.kind().code())
                        .put("enabled", r.enabled()).put("days", r.days())
                        .put("assignee_kind", r.assignee().kind().code())
                        .put("assignee_staff_id", r.assignee().staffId())
                        .put("assignee_team_id", r.assignee().teamId()).json(), now);
            }
            outbox.flush();
            return null;
        });
    }

    // ---- Teams ----

    @Override
    public List<Team> teams() {
        return db.read(ctx -> {
            Map<String, List<String>> members = ctx.selectFrom(TEAM_MEMBER).orderBy(TEAM_MEMBER.STAFF_ID)
                    .fetchGroups(TEAM_MEMBER.TEAM_ID, TEAM_MEMBER.STAFF_ID);
            return ctx.selectFrom(TEAM).orderBy(TEAM.NAME).fetch(r -> new Team(r.getId(), r.getName(),
                    members.getOrDefault(r.getId(), List.of())));
        });
    }

    @Override
    public void saveTeam(Team team, String staffId) {
        long now = clock.millis();
        db.write(ctx -> {
            ctx.insertInto(TEAM).set(TEAM.ID, team.id()).set(TEAM.NAME, team.name()).set(TEAM.CREATED_AT, now)
                    .set(TEAM.UPDATED_AT, now)
                    .onConflict(TEAM.ID).doUpdate().set(TEAM.NAME, team.name()).set(TEAM.UPDATED_AT, now)
                    .execute();
            ctx.deleteFrom(TEAM_MEMBER).where(TEAM_MEMBER.TEAM_ID.eq(team.id())).execute();
            for (String member : team.memberIds()) {
                ctx.insertInto(TEAM_MEMBER).set(TEAM_MEMBER.TEAM_ID, team.id()).set(TEAM_MEMBER.STAFF_ID, member)
                        .execute();
            }
            audit(ctx, now, staffId, "team.save", "team", team.id(),
                    team.name() + ": " + String.join(" ", team.memberIds()));
            OutboxWriter outbox = new OutboxWriter(ctx);
            outbox.add(ids.next(), "team", team.id(), "upsert", new Payload().put("name", team.name())
                    .put("members", String.join(",", team.memberIds())).json(), now);
            outbox.flush();
            return null;
        });
    }

    @Override
    public Map<LifecycleStage, String> stageTeams() {
        return db.read(JooqCareRepository::stageTeams);
    }

    @Override
    public void saveStageTeams(Map<LifecycleStage, String> teams, String staffId) {
        long now = clock.millis();
        db.write(ctx -> {
            Map<LifecycleStage, String> before = stageTeams(ctx);
            if (before.equals(teams)) {
                return null;
            }
            ctx.deleteFrom(STAGE_TEAM).execute();
            OutboxWriter outbox = new OutboxWriter(ctx);
            for (LifecycleStage stage : LifecycleStage.values()) {
                String team = teams.get(stage);
                if (team != null) {
                    ctx.insertInto(STAGE_TEAM).set(STAGE_TEAM.STAGE, stage.code()).set(STAGE_TEAM.TEAM_ID, team)
                            .execute();
                }
                outbox.add(ids.next(), "stage_team", stage.code(), "upsert", new Payload().put("team_id", team).json(),
                        now);
            }
            outbox.flush();
            audit(ctx, now, staffId, "stage_team.save", "stage_team", null, teams.toString());
            return null;
        });
    }

    private static Map<LifecycleStage, String> stageTeams(DSLContext ctx) {
        Map<LifecycleStage, String> out = new EnumMap<>(LifecycleStage.class);
        ctx.selectFrom(STAGE_TEAM).forEach(r -> out.put(LifecycleStage.ofCode(r.getStage()), r.getTeamId()));
        return out;
    }

    // ---- Generation ----

    @Override
    public List<CareCandidate> candidates(BusinessCalendar calendar) {
        return db.read(ctx -> ctx.select(CUSTOMER.ID, CUSTOMER.BIRTHDAY, CUSTOMER.CONSENT, CUSTOMER.JOINED_ON,
                        CUSTOMER_STATS.FIRST_SALE_DAY, CUSTOMER_STATS.LAST_SALE_AT, CUSTOMER_STATS.VISITS)
                .from(CUSTOMER).leftJoin(CUSTOMER_STATS).on(CUSTOMER_STATS.CUSTOMER_ID.eq(CUSTOMER.ID))
                // A merged record is a tombstone: its person is cared for under the survivor.
                .where(CUSTOMER.MERGED_INTO.isNull())
                .fetch(r -> new CareCandidate(r.get(CUSTOMER.ID), day(r.get(CUSTOMER.BIRTHDAY)),
                        r.get(CUSTOMER.CONSENT) == 1, LocalDate.parse(r.get(CUSTOMER.JOINED_ON)),
                        day(r.get(CUSTOMER_STATS.FIRST_SALE_DAY)),
                        r.get(CUSTOMER_STATS.LAST_SALE_AT) == null ? null
                                : calendar.businessDay(Instant.ofEpochMilli(r.get(CUSTOMER_STATS.LAST_SALE_AT))),
                        r.get(CUSTOMER_STATS.VISITS) == null ? 0 : r.get(CUSTOMER_STATS.VISITS))));
    }

    @Override
    public List<TaskKey> taskKeysSince(LocalDate from) {
        return db.read(ctx -> ctx.select(CARE_TASK.RULE_ID, CARE_TASK.CUSTOMER_ID, CARE_TASK.DUE_DAY).from(CARE_TASK)
                .where(CARE_TASK.DUE_DAY.ge(from.toString()))
                .fetch(r -> new TaskKey(r.value1(), r.value2(), LocalDate.parse(r.value3()))));
    }

    @Override
    public int addTasks(List<NewCareTask> tasks, Instant at) {
        long now = at.toEpochMilli();
        return db.write(ctx -> {
            OutboxWriter outbox = new OutboxWriter(ctx);
            int added = 0;
            for (NewCareTask t : tasks) {
                String id = ids.next(at);
                int n = ctx.insertInto(CARE_TASK)
                        .set(CARE_TASK.ID, id)
                        .set(CARE_TASK.RULE_ID, t.ruleId())
                        .set(CARE_TASK.CUSTOMER_ID, t.customerId())
                        .set(CARE_TASK.DUE_DAY, t.dueDay().toString())
                        .set(CARE_TASK.ASSIGNEE_STAFF_ID, t.staffId())
                        .set(CARE_TASK.ASSIGNEE_TEAM_ID, t.teamId())
                        .set(CARE_TASK.CREATED_AT, now)
                        .set(CARE_TASK.UPDATED_AT, now)
                        .onConflictDoNothing()
                        .execute();
                if (n == 1) {
                    added++;
                    outbox.add(ids.next(at), "care_task", id, "upsert", new Payload().put("rule_id", t.ruleId())
                            .put("customer_id", t.customerId()).put("due_day", t.dueDay().toString())
                            .put("assignee_staff_id", t.staffId()).put("assignee_team_id", t.teamId())
                            .put("status", "open").json(), now);
                }
            }
            outbox.flush();
            return added;
        });
    }

    // ---- Tasks ----

    @Override
    public List<CareTask> tasks(LocalDate doneSince) {
        return db.read(ctx -> selectTasks(ctx, CARE_TASK.STATUS.eq("open")
                .or(CARE_TASK.STATUS.eq("done").and(CARE_TASK.DONE_DAY.ge(doneSince.toString())))));
    }

    @Override
    public Optional<CareTask> task(String id) {
        return db.read(ctx -> selectTasks(ctx, CARE_TASK.ID.eq(id)).stream().findFirst());
    }

    private static List<CareTask> selectTasks(DSLContext ctx, Condition where) {
        return ctx.select(CARE_TASK.fields()).select(CARE_RULE.KIND, CUSTOMER.NAME, CUSTOMER.PHONE)
                .from(CARE_TASK).join(CARE_RULE).on(CARE_RULE.ID.eq(CARE_TASK.RULE_ID))
                .join(CUSTOMER).on(CUSTOMER.ID.eq(CARE_TASK.CUSTOMER_ID))
                .where(where).fetch(JooqCareRepository::task);
    }

    private static CareTask task(Record r) {
        return new CareTask(r.get(CARE_TASK.ID), r.get(CARE_TASK.RULE_ID), CareRuleKind.ofCode(r.get(CARE_RULE.KIND)),
                r.get(CARE_TASK.CUSTOMER_ID), r.get(CUSTOMER.NAME), r.get(CUSTOMER.PHONE),
                LocalDate.parse(r.get(CARE_TASK.DUE_DAY)), r.get(CARE_TASK.ASSIGNEE_STAFF_ID),
                r.get(CARE_TASK.ASSIGNEE_TEAM_ID), "done".equals(r.get(CARE_TASK.STATUS)),
                day(r.get(CARE_TASK.SNOOZED_UNTIL)), r.get(CARE_TASK.DONE_BY),
                r.get(CARE_TASK.DONE_AT) == null ? null : Instant.ofEpochMilli(r.get(CARE_TASK.DONE_AT)),
                day(r.get(CARE_TASK.DONE_DAY)), r.get(CARE_TASK.OUTCOME_NOTE_ID));
    }

    @Override
    public void complete(String taskId, String staffId, Instant at, LocalDate day, ServiceEntry outcome) {
        long now = at.toEpochMilli();
        try {
            db.write(ctx -> {
                if (outcome != null) {
                    JooqTimelineRepository.insert(ctx, outcome);
                }
                int n = ctx.update(CARE_TASK)
                        .set(CARE_TASK.STATUS, "done")
                        .set(CARE_TASK.DONE_BY, staffId)
                        .set(CARE_TASK.DONE_AT, now)
                        .set(CARE_TASK.DONE_DAY, day.toString())
                        .set(CARE_TASK.OUTCOME_NOTE_ID, outcome == null ? null : outcome.id())
                        .set(CARE_TASK.UPDATED_AT, now)
                        .where(CARE_TASK.ID.eq(taskId).and(CARE_TASK.STATUS.eq("open")))
                        .execute();
                if (n != 1) {
                    throw new CareException(CareException.Problem.ALREADY_DONE, day);
                }
                OutboxWriter outbox = new OutboxWriter(ctx);
                outbox.add(ids.next(at), "care_task", taskId, "upsert", new Payload().put("status", "done")
                        .put("done_by", staffId).put("done_at", now).put("done_day", day.toString())
                        .put("outcome_note_id", outcome == null ? null : outcome.id()).json(), now);
                outbox.flush();
                return null;
            });
        } catch (StoreException e) {
            if (e.getCause() instanceof CareException c) {
                throw c;
            }
            if (e.getCause() instanceof TimelineException t) {
                throw t;
            }
            throw e;
        }
    }

    @Override
    public void snooze(String taskId, String staffId, LocalDate until, Instant at) {
        long now = at.toEpochMilli();
        db.write(ctx -> {
            ctx.update(CARE_TASK).set(CARE_TASK.SNOOZED_UNTIL, until.toString()).set(CARE_TASK.UPDATED_AT, now)
                    .where(CARE_TASK.ID.eq(taskId)).execute();
            OutboxWriter outbox = new OutboxWriter(ctx);
            outbox.add(ids.next(at), "care_task", taskId, "upsert",
                    new Payload().put("snoozed_until", until.toString()).put("snoozed_by", staffId).json(), now);
            outbox.flush();
            return null;
        });
    }

    private void audit(DSLContext ctx, long at, String staffId, String action, String entity, String entityId,
            String detail) {
        ctx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.ID, ids.next())
                .set(AUDIT_LOG.AT, at)
                .set(AUDIT_LOG.STAFF_ID, staffId)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.DETAIL, detail)
                .execute();
    }

    private static LocalDate day(String text) {
        return text == null || text.isEmpty() ? null : LocalDate.parse(text);
    }
}
