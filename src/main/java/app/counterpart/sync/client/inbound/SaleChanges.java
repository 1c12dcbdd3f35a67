package app.counterpart.sync.client.inbound;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.sales.Payment;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sales.SaleLine;
import app.counterpart.core.sales.Tender;
import app.counterpart.store.Database;
import app.counterpart.store.sales.JooqSaleRepository;
import app.counterpart.sync.protocol.Messages.Change;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * A sale another device of the shop committed: stored through the store's own commit path, so stock,
 * store credit, the rollups and the customer's figures move as they did there. Sales are immutable: a
 * sale already here is left alone, which makes a page applied twice harmless.
 */
final class SaleChanges {

    private final JooqSaleRepository sales;
    private final Clock clock;

    SaleChanges(Database db, Clock clock) {
        this.sales = new JooqSaleRepository(db, IdGenerator.secure(clock));
        this.clock = clock;
    }

    boolean apply(DSLContext ctx, Change change) {
        if (!"insert".equals(change.op())) {
            // Never deleted, never edited: a refund or a void is a sale of its own.
            return false;
        }
        if (ctx.fetchExists(ctx.selectOne().from("sale").where("id = ?", change.entityId()))) {
            return false;
        }
        Sale sale = sale(ctx, change.entityId(), Data.of(change.data()));
        for (SaleLine line : sale.lines()) {
            mustHave(ctx, sale, "product", line.productId());
        }
        mustHave(ctx, sale, "staff", sale.cashierId());
        mustHave(ctx, sale, "staff", sale.servedById());
        if (sale.customerId() != null) {
            mustHave(ctx, sale, "customer", sale.customerId());
        }
        if (sale.originalSaleId() != null) {
            mustHave(ctx, sale, "sale", sale.originalSaleId());
        }
        knowDevice(ctx, sale);
        sales.commitFromAnotherDevice(List.of(sale));
        return true;
    }

    /** Says which row is missing, where the foreign key would only say that one is. */
    private static void mustHave(DSLContext ctx, Sale sale, String table, String id) {
        if (!ctx.fetchExists(ctx.selectOne().from(table).where("id = ?", id))) {
            throw new Unappliable("sale " + sale.number() + " names " + table + " " + id
                    + ", which this device does not have");
        }
    }

    private Sale sale(DSLContext ctx, String id, ObjectNode d) {
        String what = "sale " + id;
        if (d.has("id") && !id.equals(Data.text(d, "id"))) {
            throw new Unappliable(what + " carries the id " + Data.text(d, "id"));
        }
        // A shift is the drawer session of the device that rang the sale up; this device has no such shift.
        String shift = Data.text(d, "shift_id");
        if (shift != null && !ctx.fetchExists(ctx.selectOne().from("shift").where("id = ?", shift))) {
            shift = null;
        }
        String customer = Data.text(d, "customer_id");
        List<SaleLine> lines = new ArrayList<>();
        for (JsonNode l : array(d, "lines", what)) {
            lines.add(new SaleLine(Data.requiredText(l, "id", what + " line"), (int) Data.number(l, "line_no", what),
                    Data.requiredText(l, "product_id", what + " line"), Data.text(l, "original_line_id"),
                    (int) Data.number(l, "quantity", what), Data.number(l, "unit_price_minor", what),
                    Data.number(l, "discount_minor", what), Data.number(l, "tax_minor", what),
                    Data.number(l, "total_minor", what), Data.number(l, "cost_minor", what)));
        }
        List<Payment> payments = new ArrayList<>();
        for (JsonNode p : array(d, "payments", what)) {
            Tender tender;
            try {
                tender = Tender.fromCode(Data.requiredText(p, "tender", what + " payment"));
            } catch (IllegalArgumentException e) {
                throw new Unappliable(what + ": unknown tender " + Data.text(p, "tender"));
            }
            Long change = Data.optionalNumber(p, "change_minor", what);
            payments.add(new Payment(Data.requiredText(p, "id", what + " payment"), (int) Data.number(p, "seq", what),
                    tender, Data.number(p, "amount_minor", what), Data.optionalNumber(p, "tendered_minor", what),
                    change == null ? 0 : change));
        }
        SaleKind kind;
        try {
            kind = SaleKind.fromCode(Data.requiredText(d, "kind", what));
        } catch (IllegalArgumentException e) {
            throw new Unappliable(what + ": unknown kind " + Data.text(d, "kind"));
        }
        return new Sale(id, Data.requiredText(d, "number", what), kind, Data.text(d, "original_sale_id"),
                Data.requiredText(d, "device_id", what), shift, Data.requiredText(d, "cashier_id", what),
                Data.requiredText(d, "served_by_id", what),
                customer == null ? null : Stamps.survivor(ctx, customer),
                Instant.ofEpochMilli(Data.number(d, "created_at", what)),
                Data.day(Data.requiredText(d, "business_day", what), what), (int) Data.number(d, "hour", what),
                Data.requiredText(d, "currency", what), Data.number(d, "subtotal_minor", what),
                Data.number(d, "discount_minor", what), Data.number(d, "tax_minor", what),
                Data.number(d, "total_minor", what), Data.number(d, "cost_minor", what),
                (int) Data.number(d, "item_count", what), lines, payments);
    }

    private static Iterable<JsonNode> array(ObjectNode d, String name, String what) {
        JsonNode a = d.get(name);
        if (a == null || !a.isArray()) {
            throw new Unappliable(what + " without its " + name);
        }
        return a;
    }

    /**
     * The device that rang the sale up, known here by its id; its code is the prefix of its receipt
     * numbers (T2-20261128-0001), or its id when that code is taken here.
     */
    private void knowDevice(DSLContext ctx, Sale sale) {
        if (ctx.fetchExists(ctx.selectOne().from("device").where("id = ?", sale.deviceId()))) {
            return;
        }
        int dash = sale.number().indexOf('-');
        String code = dash > 0 ? sale.number().substring(0, dash) : sale.deviceId();
        if (ctx.fetchExists(ctx.selectOne().from("device").where("code = ?", code))) {
            code = sale.deviceId();
        }
        ctx.execute("INSERT INTO device (id, shop_id, code, name, is_local, created_at)"
                + " SELECT ?, id, ?, ?, 0, ? FROM shop", sale.deviceId(), code, code, clock.millis());
    }
}
