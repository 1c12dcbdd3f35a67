package app.counterpart.sync.client.inbound;

import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.merge.MergeException;
import app.counterpart.store.Database;
import app.counterpart.store.customers.JooqCustomerMerge;
import app.counterpart.sync.protocol.Hlc;
import app.counterpart.sync.protocol.Messages.Change;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Customers: per-field last-writer-wins on the HLC stamp of each field's edit, whatever order the edits
 * arrive in; a customer created elsewhere is added through {@link JooqCustomerMerge#addFromAnotherDevice}
 * (which holds a clashing phone number aside for the owner's Duplicates review); a change to a merged
 * record lands on its survivor; a merge made elsewhere is applied once.
 */
final class CustomerChanges {

    /** The payload's field names (ProfileEdit, the incentive screens) and the column each one sets. */
    private static final Map<String, String> COLUMNS = Map.of("name", "name", "gender", "gender",
            "birthday", "birthday", "referred_by", "referred_by", "joined", "joined_on", "joined_on", "joined_on",
            "brought_by", "brought_by");

    private final JooqCustomerMerge merges;
    private final Clock clock;

    CustomerChanges(Database db, Clock clock) {
        this.merges = new JooqCustomerMerge(db, clock);
        this.clock = clock;
    }

    boolean apply(DSLContext ctx, Change change) {
        if (!"upsert".equals(change.op())) {
            // A customer is never removed by sync; a merge is how two records become one.
            return false;
        }
        ObjectNode fields = Data.fields(change.data());
        String id = Stamps.survivor(ctx, change.entityId());
        if (!ctx.fetchExists(ctx.selectOne().from("customer").where("id = ?", id))) {
            create(ctx, id, fields, change.hlc());
            return true;
        }
        boolean any = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!known(f.getKey())
                    || !Stamps.newer(change.hlc(), Stamps.customerField(ctx, id, f.getKey()))) {
                continue;
            }
            set(ctx, id, f.getKey(), f.getValue());
            Stamps.stampCustomerField(ctx, id, f.getKey(), change.hlc());
            any = true;
        }
        if (any) {
            ctx.execute("UPDATE customer SET updated_at = ? WHERE id = ?", clock.millis(), id);
        }
        return any;
    }

    private static boolean known(String field) {
        return COLUMNS.containsKey(field) || field.equals("phone") || field.equals("tags") || field.equals("consent");
    }

    private void create(DSLContext ctx, String id, ObjectNode f, String hlc) {
        String name = Data.text(f, "name");
        if (name == null || name.isBlank()) {
            throw new Unappliable("customer " + id + " is not on this device and the change does not name them");
        }
        String joined = Data.text(f, f.has("joined") ? "joined" : "joined_on");
        Customer arrived = new Customer(id, Data.text(f, "phone"), name, Data.text(f, "gender"),
                Data.day(Data.text(f, "birthday"), "customer " + id), tags(Data.text(f, "tags")),
                referrer(ctx, Data.text(f, "referred_by")), f.has("consent") && Data.bool(f.get("consent")),
                joined != null ? Data.day(joined, "customer " + id) : LocalDate.ofInstant(
                        Instant.ofEpochMilli(Hlc.parse(hlc).millis()), zone(ctx)));
        merges.addFromAnotherDevice(arrived);
        if (f.has("brought_by")) {
            set(ctx, id, "brought_by", f.get("brought_by"));
        }
        for (Iterator<String> it = f.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (known(field)) {
                Stamps.stampCustomerField(ctx, id, field, hlc);
            }
        }
    }

    private static void set(DSLContext ctx, String id, String field, JsonNode value) {
        String text = value == null || value.isNull() ? null : value.asText();
        switch (field) {
            case "phone" -> phone(ctx, id, text);
            case "tags" -> {
                ctx.execute("DELETE FROM customer_tag WHERE customer_id = ?", id);
                for (String tag : tags(text)) {
                    ctx.execute("INSERT INTO customer_tag (customer_id, tag) VALUES (?, ?)", id, tag);
                }
            }
            case "consent" -> ctx.execute("UPDATE customer SET consent = ? WHERE id = ?",
                    value != null && !value.isNull() && Data.bool(value) ? 1 : 0, id);
            case "referred_by" -> ctx.execute("UPDATE customer SET referred_by = ? WHERE id = ?", referrer(ctx, text),
                    id);
            case "birthday", "joined", "joined_on" -> {
                Data.day(text, "customer " + id);
                ctx.execute("UPDATE customer SET " + COLUMNS.get(field) + " = ? WHERE id = ?", text, id);
            }
            default -> ctx.execute("UPDATE customer SET " + COLUMNS.get(field) + " = ? WHERE id = ?", text, id);
        }
    }

    /**
     * A number another record here already has stays aside in held_phone, as when the record itself
     * arrives with it: two devices gave two records one number, and the owner merges them.
     */
    private static void phone(DSLContext ctx, String id, String phone) {
        if (phone != null && ctx.fetchExists(ctx.selectOne().from("customer").where("phone = ? AND id <> ?", phone,
                id))) {
            ctx.execute("UPDATE customer SET held_phone = ? WHERE id = ?", phone, id);
            return;
        }
        ctx.execute("UPDATE customer SET phone = ? WHERE id = ?", phone, id);
    }

    private static String referrer(DSLContext ctx, String id) {
        return id == null ? null : Stamps.survivor(ctx, id);
    }

    private static Set<String> tags(String joined) {
        Set<String> out = new LinkedHashSet<>();
        if (joined != null) {
            for (String t : joined.split("\\|")) {
                if (!t.isBlank()) {
                    out.add(t.strip());
                }
            }
        }
        return out;
    }

    private static ZoneId zone(DSLContext ctx) {
        return ctx.fetchValue("SELECT zone FROM shop") instanceof String z ? ZoneId.of(z) : java.time.ZoneOffset.UTC;
    }

    /** A merge made on another device: applied once, under that merge's id, when both records are here. */
    boolean merge(DSLContext ctx, Change change) {
        if (!"insert".equals(change.op())) {
            return false;
        }
        ObjectNode d = Data.of(change.data());
        String what = "customer merge " + change.entityId();
        String mergedId = Data.requiredText(d, "merged", what);
        if (ctx.fetchExists(ctx.selectOne().from("customer_merge").where("id = ? OR merged_id = ?",
                change.entityId(), mergedId))) {
            return false;
        }
        JsonNode s = d.get("survivor");
        if (!(s instanceof ObjectNode survivor)) {
            throw new Unappliable(what + " without the survivor's fields");
        }
        String keepId = Data.requiredText(d, "into", what);
        for (String id : new String[] {keepId, mergedId}) {
            if (!ctx.fetchExists(ctx.selectOne().from("customer").where("id = ?", id))) {
                throw new Unappliable(what + ": customer " + id + " is not on this device");
            }
        }
        Set<String> tags = new LinkedHashSet<>();
        JsonNode tagList = survivor.get("tags");
        if (tagList != null && tagList.isArray()) {
            tagList.forEach(t -> tags.add(t.asText()));
        }
        Customer result = new Customer(keepId, Data.text(survivor, "phone"), Data.requiredText(survivor, "name", what),
                Data.text(survivor, "gender"), Data.day(Data.text(survivor, "birthday"), what), tags,
                Data.text(survivor, "referredBy"), survivor.has("consent") && Data.bool(survivor.get("consent")),
                Data.day(Data.requiredText(survivor, "joinedOn", what), what));
        try {
            merges.mergeFromAnotherDevice(change.entityId(), result, mergedId, Data.text(d, "by"),
                    Data.text(d, "approvedBy"), d.has("at") ? Data.number(d, "at", what) : clock.millis());
        } catch (MergeException e) {
            throw new Unappliable(what + ": " + e.getMessage());
        }
        return true;
    }
}
