package app.counterpart.store.customers;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static app.counterpart.store.jooq.Tables.LIFECYCLE_RULES;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.customers.lifecycle.LifecycleRules;
import app.counterpart.core.customers.lifecycle.LifecycleRulesRepository;
import app.counterpart.store.Database;
import app.counterpart.store.outbox.JsonText;
import app.counterpart.store.outbox.OutboxWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** The owner's lifecycle thresholds in the one row of {@code lifecycle_rules} (V6 puts the defaults there). */
public final class JooqLifecycleRulesRepository implements LifecycleRulesRepository {

    private final Database db;
    private final Clock clock;
    private final IdGenerator ids;

    public JooqLifecycleRulesRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.ids = IdGenerator.secure(clock);
    }

    @Override
    public LifecycleRules current() {
        return db.read(ctx -> ctx.selectFrom(LIFECYCLE_RULES).fetchOptional()
                .map(r -> new LifecycleRules(r.getNewDays(), r.getNewMaxVisits(), r.getActiveDays(),
                        r.getAtRiskDays(), r.getDormantDays()))
                .orElse(LifecycleRules.DEFAULT));
    }

    @Override
    public void save(LifecycleRules rules, String staffId) {
        long now = clock.millis();
        db.write(ctx -> {
            LifecycleRules before = ctx.selectFrom(LIFECYCLE_RULES).fetchOptional()
                    .map(r -> new LifecycleRules(r.getNewDays(), r.getNewMaxVisits(), r.getActiveDays(),
                            r.getAtRiskDays(), r.getDormantDays()))
                    .orElse(LifecycleRules.DEFAULT);
            ctx.insertInto(LIFECYCLE_RULES)
                    .set(LIFECYCLE_RULES.SINGLETON, 1)
                    .set(LIFECYCLE_RULES.NEW_DAYS, rules.newDays())
                    .set(LIFECYCLE_RULES.NEW_MAX_VISITS, rules.newMaxVisits())
                    .set(LIFECYCLE_RULES.ACTIVE_DAYS, rules.activeDays())
                    .set(LIFECYCLE_RULES.AT_RISK_DAYS, rules.atRiskDays())
                    .set(LIFECYCLE_RULES.DORMANT_DAYS, rules.dormantDays())
                    .set(LIFECYCLE_RULES.UPDATED_AT, now)
                    .set(LIFECYCLE_RULES.UPDATED_BY, staffId)
                    .onConflict(LIFECYCLE_RULES.SINGLETON).doUpdate()
                    .set(LIFECYCLE_RULES.NEW_DAYS, rules.newDays())
                    .set(LIFECYCLE_RULES.NEW_MAX_VISITS, rules.newMaxVisits())
                    .set(LIFECYCLE_RULES.ACTIVE_DAYS, rules.activeDays())
                    .set(LIFECYCLE_RULES.AT_RISK_DAYS, rules.atRiskDays())
                    .set(LIFECYCLE_RULES.DORMANT_DAYS, rules.dormantDays())
                    .set(LIFECYCLE_RULES.UPDATED_AT, now)
                    .set(LIFECYCLE_RULES.UPDATED_BY, staffId)
                    .execute();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("new_days", rules.newDays());
            fields.put("new_max_visits", rules.newMaxVisits());
            fields.put("active_days", rules.activeDays());
            fields.put("at_risk_days", rules.atRiskDays());
            fields.put("dormant_days", rules.dormantDays());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("fields", fields);
            payload.put("at", now);
            payload.put("by", staffId);
            OutboxWriter outbox = new OutboxWriter(ctx);
            outbox.add(ids.next(), "lifecycle_rules", "1", "upsert", JsonText.object(payload), now);
            outbox.flush();
            ctx.insertInto(AUDIT_LOG)
                    .set(AUDIT_LOG.ID, ids.next())
                    .set(AUDIT_LOG.AT, now)
                    .set(AUDIT_LOG.STAFF_ID, staffId)
                    .set(AUDIT_LOG.ACTION, "lifecycle_rules.change")
                    .set(AUDIT_LOG.ENTITY, "lifecycle_rules")
                    .set(AUDIT_LOG.ENTITY_ID, "1")
                    .set(AUDIT_LOG.DETAIL, describe(before) + " -> " + describe(rules))
                    .execute();
            return null;
        });
    }

    private static String describe(LifecycleRules r) {
        return "new " + r.newDays() + " days/" + r.newMaxVisits() + " visits, active " + r.activeDays()
                + ", at risk " + r.atRiskDays() + ", dormant " + r.dormantDays() + " days";
    }
}
