package app.counterpart.sync.client.inbound;

import app.counterpart.sync.protocol.Hlc;
import app.counterpart.sync.protocol.Messages.Change;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * The shared settings and work of a shop (care tasks and rules, teams, stage teams, lifecycle rules,
 * incentive settings, staff): last writer wins on the HLC stamp, field by field, since an edit's payload
 * carries only the fields it changed (ADR 0025). Goals and incentive rule versions are append-only rows:
 * inserted once, and a rule version's end date set once.
 */
final class SharedChanges {

    /** An entity edited in place: its table, the key column, and the payload fields it takes as its columns. */
    private record Shape(String table, String key, Set<String> columns, Set<String> required) {
    }

    private static final Map<String, Shape> SHAPES = Map.of(
            "care_rule", new Shape("care_rule", "id", Set.of("kind", "enabled", "days", "assignee_kind",
                    "assignee_staff_id", "assignee_team_id"), Set.of("kind", "days", "assignee_kind")),
            "care_task", new Shape("care_task", "id", Set.of("rule_id", "customer_id", "due_day",
                    "assignee_staff_id", "assignee_team_id", "status", "snoozed_until", "done_by", "done_at",
                    "done_day", "outcome_note_id"), Set.of("rule_id", "customer_id", "due_day")),
            "team", new Shape("team", "id", Set.of("name"), Set.of("name")),
            "lifecycle_rules", new Shape("lifecycle_rules", "singleton", Set.of("new_days", "new_max_visits",
                    "active_days", "at_risk_days", "dormant_days"), Set.of("new_days", "new_max_visits",
                    "active_days", "at_risk_days", "dormant_days")),
            "incentive_settings", new Shape("incentive_settings", "singleton", Set.of("commission_base",
                    "pay_cycle"), Set.of("commission_base", "pay_cycle")),
            "staff", new Shape("staff", "id", Set.of("code", "name", "name_zh", "role", "kind", "phone", "hired_on",
                    "active"), Set.of("code", "name", "role", "kind")));

    /** What a person created from another device's record has for a PIN: nothing matches it (PinHasher). */
    static final String NO_PIN = "!";

    private final Clock clock;

    SharedChanges(Clock clock) {
        this.clock = clock;
    }

    static boolean handles(String entity) {
        return SHAPES.containsKey(entity) || entity.equals("stage_team") || entity.equals("sales_goal")
                || entity.equals("incentive_rule");
    }

    boolean apply(DSLContext ctx, Change change) {
        return switch (change.entity()) {
            case "sales_goal" -> goal(ctx, change);
            case "incentive_rule" -> incentiveRule(ctx, change);
            default -> "delete".equals(change.op()) ? delete(ctx, change) : edit(ctx, change);
        };
    }

    private boolean edit(DSLContext ctx, Change change) {
        String entity = change.entity();
        ObjectNode fields = Data.fields(change.data());
        String id = "care_task".equals(entity) ? taskId(ctx, change.entityId()) : change.entityId();
        Map<String, JsonNode> newer = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (Stamps.newer(change.hlc(), Stamps.field(ctx, entity, id, f.getKey()))) {
                newer.put(f.getKey(), f.getValue());
            }
        }
        if (newer.isEmpty()) {
            return false;
        }
        boolean applied = switch (entity) {
            case "stage_team" -> stageTeam(ctx, id, newer);
            default -> row(ctx, entity, id, newer, change);
        };
        if (applied) {
            for (String field : newer.keySet()) {
                Stamps.stampField(ctx, entity, id, field, change.hlc());
            }
            Stamps.stampEntity(ctx, entity, id, change.hlc());
        }
        return applied;
    }

    /** Updates the newer fields of the row, or inserts it when it is not here yet. */
    private boolean row(DSLContext ctx, String entity, String id, Map<String, JsonNode> newer, Change change) {
        Shape shape = SHAPES.get(entity);
        Object key = shape.key().equals("singleton") ? (Object) 1 : id;
        Map<String, Object> values = new LinkedHashMap<>();
        newer.forEach((field, value) -> {
            if (shape.columns().contains(field)) {
                values.put(field, "customer_id".equals(field) && value.isTextual()
                        ? Stamps.survivor(ctx, value.asText()) : Data.sql(value));
            }
        });
        long now = clock.millis();
        boolean exists = ctx.fetchExists(ctx.selectOne().from(shape.table()).where(shape.key() + " = ?", key));
        if (!exists) {
            for (String required : shape.required()) {
                if (values.get(required) == null) {
                    throw new Unappliable(entity + " " + id + " is not on this device and the change has no "
                            + required);
                }
            }
            if ("care_task".equals(entity) && sameTaskHere(ctx, id, values)) {
                return true;
            }
            values.putAll(insertDefaults(entity, ctx, change, now));
            values.put(shape.key(), key);
            List<String> columns = new ArrayList<>(values.keySet());
            ctx.execute("INSERT INTO " + shape.table() + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")", values.values().toArray());
        } else if (!values.isEmpty()) {
            values.putAll(updateDefaults(entity, ctx, change, now));
            List<Object> binds = new ArrayList<>(values.values());
            binds.add(key);
            ctx.execute("UPDATE " + shape.table() + " SET " + String.join(", ",
                    values.keySet().stream().map(c -> c + " = ?").toList()) + " WHERE " + shape.key() + " = ?",
                    binds.toArray());
        }
        if ("team".equals(entity) && newer.containsKey("members")) {
            ctx.execute("DELETE FROM team_member WHERE team_id = ?", id);
            String members = newer.get("members").isNull() ? "" : newer.get("members").asText();
            for (String member : members.split(",")) {
                if (!member.isBlank()) {
                    ctx.execute("INSERT INTO team_member (team_id, staff_id) VALUES (?, ?)", id, member.strip());
                }
            }
        }
        return true;
    }

    private Map<String, Object> insertDefaults(String entity, DSLContext ctx, Change change, long now) {
        Map<String, Object> out = new LinkedHashMap<>();
        switch (entity) {
            case "care_task", "team" -> {
                out.put("created_at", now);
                out.put("updated_at", now);
            }
            case "staff" -> {
                // Head office keeps no PIN hash: the person waits, inactive, for the owner to set a PIN here.
                out.put("pin_hash", NO_PIN);
                out.put("active", 0);
                out.put("created_at", now);
                out.put("updated_at", now);
            }
            default -> out.putAll(updateDefaults(entity, ctx, change, now));
        }
        return out;
    }

    private Map<String, Object> updateDefaults(String entity, DSLContext ctx, Change change, long now) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("updated_at", now);
        if (entity.equals("lifecycle_rules") || entity.equals("incentive_settings")) {
            String by = Data.text(Data.of(change.data()), "by");
            out.put("updated_by", by != null && ctx.fetchExists(ctx.selectOne().from("staff").where("id = ?", by))
                    ? by : null);
        }
        return out;
    }

    /**
     * Each device makes the day's care tasks, so two devices can make the same task (rule, customer,
     * day) under two ids. The one here stands for both: the other id is remembered as its alias, so
     * that device's later edits of it (done, snoozed) land on it.
     */
    private static boolean sameTaskHere(DSLContext ctx, String id, Map<String, Object> values) {
        Object local = ctx.fetchValue("SELECT id FROM care_task WHERE rule_id = ? AND customer_id = ? AND due_day = ?",
                values.get("rule_id"), values.get("customer_id"), values.get("due_day"));
        if (local == null) {
            return false;
        }
        ctx.execute("INSERT OR IGNORE INTO care_task_alias (id, task_id) VALUES (?, ?)", id, local);
        return true;
    }

    private static String taskId(DSLContext ctx, String id) {
        return ctx.fetchValue("SELECT task_id FROM care_task_alias WHERE id = ?", id) instanceof String local
                ? local : id;
    }

    private static boolean stageTeam(DSLContext ctx, String stage, Map<String, JsonNode> newer) {
        if (!newer.containsKey("team_id")) {
            return false;
        }
        JsonNode team = newer.get("team_id");
        if (team.isNull()) {
            ctx.execute("DELETE FROM stage_team WHERE stage = ?", stage);
        } else {
            ctx.execute("INSERT INTO stage_team (stage, team_id) VALUES (?, ?)"
                    + " ON CONFLICT (stage) DO UPDATE SET team_id = excluded.team_id", stage, team.asText());
        }
        return true;
    }

    /** A tombstone: what can be switched off is; the rest stays (nothing is removed by sync). */
    private boolean delete(DSLContext ctx, Change change) {
        if (!Stamps.newer(change.hlc(), Stamps.entity(ctx, change.entity(), change.entityId()))) {
            return false;
        }
        int n = switch (change.entity()) {
            case "staff" -> ctx.execute("UPDATE staff SET active = 0, updated_at = ? WHERE id = ?", clock.millis(),
                    change.entityId());
            case "care_rule" -> ctx.execute("UPDATE care_rule SET enabled = 0, updated_at = ? WHERE id = ?",
                    clock.millis(), change.entityId());
            default -> 0;
        };
        if (n > 0) {
            Stamps.stampEntity(ctx, change.entity(), change.entityId(), change.hlc());
        }
        return n > 0;
    }

    /** A goal version: inserted once, never changed (V12 refuses updates). */
    private static boolean goal(DSLContext ctx, Change change) {
        if (!"insert".equals(change.op())
                || ctx.fetchExists(ctx.selectOne().from("sales_goal").where("id = ?", change.entityId()))) {
            return false;
        }
        ObjectNode d = Data.fields(change.data());
        String what = "sales goal " + change.entityId();
        return ctx.execute("INSERT INTO sales_goal (id, staff_id, team_id, cadence, target_minor, effective_from,"
                + " set_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", change.entityId(), Data.text(d, "staff_id"),
                Data.text(d, "team_id"), Data.requiredText(d, "cadence", what), Data.number(d, "target_minor", what),
                Data.requiredText(d, "effective_from", what), Data.text(d, "set_by"),
                Hlc.parse(change.hlc()).millis()) == 1;
    }

    private static final List<String> RULE_COLUMNS = List.of("rule_id", "version", "kind", "name", "effective_from",
            "effective_to", "who_scope", "who_value", "target_scope", "target_value", "tiers", "amount_minor",
            "team_id", "goal_minor", "split", "active", "created_by", "created_at");

    /** An incentive rule version: inserted once; the open version's end date set once (V10's triggers). */
    private static boolean incentiveRule(DSLContext ctx, Change change) {
        ObjectNode d = Data.fields(change.data());
        String what = "incentive rule " + change.entityId();
        String ruleId = Data.requiredText(d, "rule_id", what);
        long version = Data.number(d, "version", what);
        boolean here = ctx.fetchExists(ctx.selectOne().from("incentive_rule").where("rule_id = ? AND version = ?",
                ruleId, version));
        if ("insert".equals(change.op())) {
            if (here) {
                return false;
            }
            List<String> columns = RULE_COLUMNS.stream().filter(d::has).toList();
            ctx.execute("INSERT INTO incentive_rule (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")",
                    columns.stream().map(c -> Data.sql(d.get(c))).toArray());
            return true;
        }
        if ("upsert".equals(change.op()) && d.has("effective_to")) {
            if (!here) {
                throw new Unappliable(what + " is not on this device");
            }
            return ctx.execute("UPDATE incentive_rule SET effective_to = ? WHERE rule_id = ? AND version = ?"
                    + " AND effective_to IS NULL", Data.text(d, "effective_to"), ruleId, version) == 1;
        }
        return false;
    }
}
