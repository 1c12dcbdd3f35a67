package app.counterpart.hq;

import app.counterpart.sync.protocol.Hlc;
import app.counterpart.sync.protocol.Messages;
import app.counterpart.sync.protocol.Protocol;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;

/**
 * One push page of one device, applied inside the caller's transaction (docs/sync-protocol.md, "Push"):
 * seqs already applied are acknowledged again, a gap refuses the whole page, every new mutation is
 * applied or rejected for good, and the device's last seq moves in the same transaction.
 */
final class PushPage {

    /** Written once by the device that made them; a second copy with the same id changes nothing. */
    private static final Set<String> IMMUTABLE = Set.of("stock_movement", "service_note", "payout_period");
    /** Shared, last writer (highest HLC stamp) wins per entity. */
    private static final Set<String> SHARED = Set.of("care_task", "care_rule", "team", "stage_team",
            "lifecycle_rules", "sales_goal", "incentive_settings");
    /** The shop's until head office publishes them; then head office's. */
    private static final Set<String> OWNABLE = Set.of("product", "category", "incentive_rule", "staff");
    private static final Set<String> OPS = Set.of("insert", "upsert", "delete");
    private static final Map<String, Integer> SALES_DELTA = Map.of("sale", 1, "refund", 0, "void", -1);
    /** Merges followed from a merged customer to its survivor, at most this deep (a chain, never a loop). */
    private static final int MAX_MERGE_HOPS = 32;

    private final DSLContext ctx;
    private final HqStore.Device device;
    private final Messages.PushRequest request;
    private final ChangeLog log;
    private final long now;
    /** What the page's newly stored sales add to each business day, written once per day at the end. */
    private final Map<String, DayDelta> days = new TreeMap<>();

    /** The page's valid sales, inserted together at the end; those already here are taken back from the log. */
    private final List<PendingSale> sales = new ArrayList<>();

    private record DayDelta(long sales, long revenueMinor) {
        DayDelta plus(DayDelta other) {
            return new DayDelta(sales + other.sales, revenueMinor + other.revenueMinor);
        }
    }

    private record PendingSale(Object[] row, String day, DayDelta delta, int logPosition) {
    }

    PushPage(HqStore store, DSLContext ctx, HqStore.Device device, Messages.PushRequest request) {
        this.ctx = ctx;
        this.device = device;
        this.request = request;
        this.log = new ChangeLog(store, ctx);
        this.now = store.clock().millis();
    }

    Messages.PushResponse apply() {
        if (request.deviceId() == null) {
            throw HqException.badRequest("a push names its device_id");
        }
        if (!request.deviceId().equals(device.id())) {
            throw HqException.forbidden("this token belongs to device " + device.id() + ", not " + request.deviceId());
        }
        List<Messages.Mutation> mutations = request.mutations() == null ? List.of() : request.mutations();
        if (mutations.size() > Protocol.MAX_PAGE_MUTATIONS) {
            throw HqException.badRequest("a page holds at most " + Protocol.MAX_PAGE_MUTATIONS + " mutations, not "
                    + mutations.size());
        }
        checkShape(mutations);
        long lastSeq = HqStore.value(ctx, Long.class, "SELECT last_seq FROM hq_device WHERE id = ?", device.id());
        // Seqs are consecutive (checkShape), so only the first one not applied yet can leave a gap.
        List<Messages.Mutation> unseen = mutations.stream().filter(m -> m.seq() > lastSeq).toList();
        if (!unseen.isEmpty() && unseen.get(0).seq() != lastSeq + 1) {
            throw new HqException(409, "seq_gap", "head office has this device's mutations up to " + lastSeq
                    + "; the page starts at " + unseen.get(0).seq(), lastSeq + 1);
        }
        long last = unseen.isEmpty() ? lastSeq : unseen.get(unseen.size() - 1).seq();
        int[] firstTime = recordMutationIds(unseen);
        for (int i = 0; i < unseen.size(); i++) {
            if (firstTime[i] == 0) {
                continue; // the second guard: this mutation id was applied before
            }
            Messages.Mutation m = unseen.get(i);
            String reason = applyOne(m);
            if (reason != null) {
                ctx.execute("INSERT INTO hq_rejected (shop_id, device_id, seq, mutation_id, entity, entity_id, reason,"
                        + " data, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", device.shopId(), device.id(), m.seq(), m.id(),
                        m.entity(), m.entityId(), reason, Json.text(m.data()), now);
            }
        }
        storeSales();
        writeDays();
        log.flush();
        ctx.execute("UPDATE hq_device SET last_seq = ?, last_seen = ? WHERE id = ?", last, now, device.id());
        List<Messages.Rejection> rejected = mutations.isEmpty() ? List.of()
                : ctx.fetch("SELECT seq, mutation_id, entity, entity_id, reason FROM hq_rejected"
                                + " WHERE device_id = ? AND seq BETWEEN ? AND ? ORDER BY seq", device.id(),
                        mutations.get(0).seq(), mutations.get(mutations.size() - 1).seq())
                        .map(r -> new Messages.Rejection(r.get(0, Long.class), r.get(1, String.class),
                                r.get(2, String.class), r.get(3, String.class), r.get(4, String.class)));
        return new Messages.PushResponse(last, rejected);
    }

    /**
     * Records the mutation ids in one batch. Per row: 1 when the id is new, 0 when head office has it
     * (from an earlier page, or earlier in this one); a batch reports each row's count as the single
     * inserts did, so a concurrent transaction holding the same id is waited for just the same.
     */
    private int[] recordMutationIds(List<Messages.Mutation> unseen) {
        if (unseen.isEmpty()) {
            return new int[0];
        }
        Object[][] rows = unseen.stream()
                .map(m -> new Object[] {device.shopId(), m.id(), device.id(), m.seq()})
                .toArray(Object[][]::new);
        return perRow(ctx.batch("INSERT INTO hq_mutation (shop_id, mutation_id, device_id, seq) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (shop_id, mutation_id) DO NOTHING", rows).execute());
    }

    /** A batch's rows' counts, which tell a first copy from a second; a driver that does not report them is refused. */
    private static int[] perRow(int[] counts) {
        for (int count : counts) {
            if (count < 0) {
                throw new IllegalStateException("the database driver does not report each row of a batch, which head"
                        + " office needs to count a mutation once (leave reWriteBatchedInserts out of the URL)");
            }
        }
        return counts;
    }

    /** What makes a page unreadable as a whole (400), as opposed to one mutation HQ cannot apply. */
    private static void checkShape(List<Messages.Mutation> mutations) {
        for (int i = 0; i < mutations.size(); i++) {
            Messages.Mutation m = mutations.get(i);
            if (m == null || m.seq() < 1 || blank(m.id()) || blank(m.entity()) || blank(m.entityId()) || blank(m.op())) {
                throw HqException.badRequest("mutation " + (i + 1) + " of the page lacks seq, id, entity, entity_id or op");
            }
            if (i > 0 && m.seq() != mutations.get(i - 1).seq() + 1) {
                throw HqException.badRequest("a page holds consecutive seqs; " + m.seq() + " follows "
                        + mutations.get(i - 1).seq());
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Applies one mutation; the reason it is rejected, or null. */
    private String applyOne(Messages.Mutation m) {
        boolean known = m.entity().equals("sale") || m.entity().equals("customer") || m.entity().equals("customer.merge")
                || IMMUTABLE.contains(m.entity()) || SHARED.contains(m.entity()) || OWNABLE.contains(m.entity());
        if (!known) {
            return "unknown_entity";
        }
        Hlc hlc;
        try {
            hlc = Hlc.parse(m.hlc());
        } catch (IllegalArgumentException e) {
            return invalid("hlc \"" + m.hlc() + "\" is not a stamp");
        }
        if (hlc.millis() > now + Protocol.MAX_FUTURE_SKEW.toMillis()) {
            return "clock_ahead";
        }
        if (!OPS.contains(m.op())) {
            return invalid("op \"" + m.op() + "\" is not insert, upsert or delete");
        }
        boolean delete = m.op().equals("delete");
        if (!delete && m.data() == null) {
            return invalid(m.op() + " without data");
        }
        boolean immutable = m.entity().equals("sale") || m.entity().equals("customer.merge")
                || IMMUTABLE.contains(m.entity());
        if (immutable && delete) {
            return invalid(m.entity() + " is never deleted");
        }
        if (OWNABLE.contains(m.entity()) && publishedByHeadOffice(m)) {
            return "owned_by_head_office";
        }
        return switch (m.entity()) {
            case "sale" -> sale(m);
            case "customer" -> customer(m);
            case "customer.merge" -> merge(m);
            default -> immutable ? once(m) : lastWriterWins(m);
        };
    }

    private static String invalid(String detail) {
        return "invalid_data: " + detail;
    }

    private boolean publishedByHeadOffice(Messages.Mutation m) {
        String sku = m.entity().equals("product") && m.data() != null && m.data().path("sku").isTextual()
                ? m.data().get("sku").asText() : null;
        return ctx.fetchOne("SELECT 1 FROM hq_entity WHERE owner = 'hq' AND entity = ? AND shop_id IN (?, '')"
                + " AND entity_id IN (?, ?)", m.entity(), device.shopId(), m.entityId(),
                sku == null ? m.entityId() : sku) != null;
    }

    private String sale(Messages.Mutation m) {
        ObjectNode d = m.data();
        for (String field : List.of("id", "number", "kind", "business_day")) {
            if (!d.path(field).isTextual() || d.get(field).asText().isBlank()) {
                return invalid("sale " + m.entityId() + " has no " + field);
            }
        }
        for (String field : List.of("created_at", "total_minor")) {
            if (!d.path(field).isIntegralNumber()) {
                return invalid("sale " + m.entityId() + ": " + field + " is not a whole number");
            }
        }
        if (!d.get("id").asText().equals(m.entityId())) {
            return invalid("sale id " + d.get("id").asText() + " differs from entity_id " + m.entityId());
        }
        String kind = d.get("kind").asText();
        if (!SALES_DELTA.containsKey(kind)) {
            return invalid("sale " + m.entityId() + ": kind \"" + kind + "\" is not sale, refund or void");
        }
        String original = d.path("original_sale_id").isTextual() ? d.get("original_sale_id").asText() : null;
        if (kind.equals("sale") != (original == null)) {
            return invalid("sale " + m.entityId() + ": a " + kind + (original == null ? " needs" : " has no")
                    + " original_sale_id");
        }
        String day = d.get("business_day").asText();
        try {
            LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            return invalid("sale " + m.entityId() + ": business_day \"" + day + "\" is not a date like 2026-11-27");
        }
        if (!d.path("lines").isArray() || (d.has("payments") && !d.get("payments").isArray())) {
            return invalid("sale " + m.entityId() + ": lines and payments must be lists");
        }
        long total = d.get("total_minor").asLong();
        long sum = 0;
        for (JsonNode line : d.get("lines")) {
            if (!line.path("total_minor").isIntegralNumber()) {
                return invalid("sale " + m.entityId() + ": a line has no whole-number total_minor");
            }
            sum += line.get("total_minor").asLong();
        }
        if (sum != total) {
            return invalid("sale " + m.entityId() + ": its lines add up to " + sum + ", its total_minor is " + total);
        }
        String doc = Json.text(d);
        Object[] row = {device.shopId(), m.entityId(),
                d.path("device_id").isTextual() ? d.get("device_id").asText() : device.id(), d.get("number").asText(),
                kind, original, day, d.get("created_at").asLong(), total, doc};
        // The shop's report counts a sale +1 and its void -1 (a refund 0) and sums signed totals.
        sales.add(new PendingSale(row, day, new DayDelta(SALES_DELTA.get(kind), total), publish(m, doc)));
        return null;
    }

    /** Inserts the page's valid sales in one batch; a sale head office has already counts and goes out once. */
    private void storeSales() {
        if (sales.isEmpty()) {
            return;
        }
        int[] stored = perRow(ctx.batch("INSERT INTO hq_sale (shop_id, id, device_id, number, kind, original_sale_id,"
                + " business_day, created_at, total_minor, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (shop_id, id) DO NOTHING", sales.stream().map(PendingSale::row).toArray(Object[][]::new))
                .execute());
        for (int i = 0; i < stored.length; i++) {
            PendingSale sale = sales.get(i);
            if (stored[i] == 0) {
                log.drop(sale.logPosition()); // the third guard: this sale is here already, from an earlier copy
            } else {
                days.merge(sale.day(), sale.delta(), DayDelta::plus);
            }
        }
    }

    /** One upsert per business day the page's sales touched (in day order, so concurrent pages lock rows alike). */
    private void writeDays() {
        if (days.isEmpty()) {
            return;
        }
        Object[][] rows = days.entrySet().stream()
                .map(e -> new Object[] {device.shopId(), e.getKey(), e.getValue().sales(), e.getValue().revenueMinor()})
                .toArray(Object[][]::new);
        ctx.batch("INSERT INTO hq_day (shop_id, day, sales, revenue_minor) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (shop_id, day) DO UPDATE SET sales = hq_day.sales + excluded.sales,"
                + " revenue_minor = hq_day.revenue_minor + excluded.revenue_minor", rows).execute();
    }

    /** Immutable entities other than sales: the first copy counts. */
    private String once(Messages.Mutation m) {
        String doc = Json.text(m.data());
        int stored = ctx.execute("INSERT INTO hq_entity (shop_id, entity, entity_id, owner, hlc, op, data)"
                + " VALUES (?, ?, ?, 'shop', ?, ?, ?) ON CONFLICT (shop_id, entity, entity_id) DO NOTHING",
                device.shopId(), m.entity(), m.entityId(), m.hlc(), m.op(), doc);
        if (stored > 0) {
            publish(m, doc);
        }
        return null;
    }

    /**
     * Shared entities keep the version with the highest stamp. Every version still goes to the other
     * devices, which compare stamps the same way, so all of them end at the same version.
     */
    private String lastWriterWins(Messages.Mutation m) {
        String doc = Json.text(m.data());
        ctx.execute("INSERT INTO hq_entity (shop_id, entity, entity_id, owner, hlc, op, data)"
                + " VALUES (?, ?, ?, 'shop', ?, ?, ?) ON CONFLICT (shop_id, entity, entity_id)"
                + " DO UPDATE SET hlc = excluded.hlc, op = excluded.op, data = excluded.data"
                + " WHERE excluded.hlc > hq_entity.hlc", device.shopId(), m.entity(), m.entityId(), m.hlc(), m.op(), doc);
        publish(m, doc);
        return null;
    }

    /** Per-field last writer wins; a null is a value (a cleared field); a merged customer's edits reach the survivor. */
    private String customer(Messages.Mutation m) {
        String customerId = survivor(m.entityId());
        if (m.op().equals("delete")) {
            storeField(customerId, "deleted", "true", m.hlc());
        } else {
            // The shop's store writes an edit as {"fields":{...},"at":..,"by":..}: the fields are inside.
            JsonNode fields = m.data().path("fields").isObject() ? m.data().get("fields") : m.data();
            fields.fields().forEachRemaining(f -> storeField(customerId, f.getKey(), Json.text(f.getValue()),
                    m.hlc()));
        }
        publish(m, Json.text(m.data()));
        return null;
    }

    private void storeField(String customerId, String field, String value, String hlc) {
        ctx.execute("INSERT INTO hq_customer_field (shop_id, customer_id, field, value, hlc) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (shop_id, customer_id, field) DO UPDATE SET value = excluded.value, hlc = excluded.hlc"
                + " WHERE excluded.hlc > hq_customer_field.hlc", device.shopId(), customerId, field, value, hlc);
    }

    private String survivor(String customerId) {
        String id = customerId;
        for (int hop = 0; hop < MAX_MERGE_HOPS; hop++) {
            String into = HqStore.value(ctx, String.class, "SELECT data FROM hq_entity WHERE shop_id = ? AND entity = 'customer.merged'"
                    + " AND entity_id = ?", device.shopId(), id);
            if (into == null) {
                return id;
            }
            id = into;
        }
        return id;
    }

    /** A merge applies once; it also records merged → survivor so later edits of the merged record follow it. */
    private String merge(Messages.Mutation m) {
        String merged = m.data().path("merged").asText("");
        String into = m.data().path("into").asText("");
        if (merged.isEmpty() || into.isEmpty() || merged.equals(into)) {
            return invalid("customer.merge " + m.entityId() + " needs two different customers, merged and into");
        }
        String doc = Json.text(m.data());
        int stored = ctx.execute("INSERT INTO hq_entity (shop_id, entity, entity_id, owner, hlc, op, data)"
                + " VALUES (?, 'customer.merge', ?, 'shop', ?, ?, ?) ON CONFLICT (shop_id, entity, entity_id) DO NOTHING",
                device.shopId(), m.entityId(), m.hlc(), m.op(), doc);
        if (stored == 0) {
            return null;
        }
        ctx.execute("INSERT INTO hq_entity (shop_id, entity, entity_id, owner, hlc, op, data)"
                + " VALUES (?, 'customer.merged', ?, 'shop', ?, 'insert', ?) ON CONFLICT (shop_id, entity, entity_id)"
                + " DO NOTHING", device.shopId(), merged, m.hlc(), survivor(into));
        publish(m, doc);
        return null;
    }

    /** To the shop's other devices; the entry's position in the log. */
    private int publish(Messages.Mutation m, String doc) {
        return log.add(device.shopId(), device.id(), m.entity(), m.entityId(), m.op(), m.hlc(), doc);
    }
}
