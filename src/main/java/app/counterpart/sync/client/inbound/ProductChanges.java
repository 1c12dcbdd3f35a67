package app.counterpart.sync.client.inbound;

import app.counterpart.core.catalog.Pinyin;
import app.counterpart.sync.protocol.Messages.Change;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The catalog head office publishes: products by SKU and categories by code, the newer publication
 * winning (the entity's HLC stamp). A product or category first made here from a publication gets an
 * id derived from its SKU or code, so every device of the shop gives it the same id and a sale line
 * from one device names a product the others have.
 */
final class ProductChanges {

    /** The publication's fields and the product column each one sets. */
    private static final Map<String, String> COLUMNS = Map.of("name_en", "name", "name_zh", "name_zh", "unit", "unit",
            "price_minor", "price_minor", "cost_minor", "cost_minor", "tax_rate_bp", "tax_rate_bp", "active",
            "active", "color", "color", "low_stock", "low_stock", "track_stock", "track_stock");

    private final Clock clock;

    ProductChanges(Clock clock) {
        this.clock = clock;
    }

    boolean product(DSLContext ctx, Change change) {
        String sku = change.entityId();
        if (!Stamps.newer(change.hlc(), Stamps.entity(ctx, "product", sku))) {
            return false;
        }
        long now = clock.millis();
        Object existing = ctx.fetchValue("SELECT id FROM product WHERE sku = ?", sku);
        if ("delete".equals(change.op())) {
            if (existing == null) {
                return false;
            }
            ctx.execute("UPDATE product SET active = 0, updated_at = ? WHERE id = ?", now, existing);
            Stamps.stampEntity(ctx, "product", sku, change.hlc());
            return true;
        }
        ObjectNode d = Data.of(change.data());
        String what = "product " + sku;
        if (d.has("sku") && !sku.equals(Data.text(d, "sku"))) {
            throw new Unappliable(what + " carries the SKU " + Data.text(d, "sku"));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        COLUMNS.forEach((field, column) -> {
            if (d.has(field)) {
                values.put(column, Data.sql(d.get(field)));
            }
        });
        if (d.has("name_zh")) {
            values.put("pinyin", Pinyin.initials(Data.text(d, "name_zh")));
        }
        if (d.has("category")) {
            values.put("category_id", category(ctx, Data.requiredText(d, "category", what), now));
        }
        values.put("updated_at", now);
        String id;
        if (existing == null) {
            id = idFor("product", sku);
            values.put("id", id);
            values.put("sku", sku);
            values.put("created_at", now);
            for (String required : List.of("name", "price_minor", "category_id")) {
                if (values.get(required) == null) {
                    throw new Unappliable(what + " is not on this device and the publication has no "
                            + (required.equals("name") ? "name_en" : required));
                }
            }
            List<String> columns = new ArrayList<>(values.keySet());
            ctx.execute("INSERT INTO product (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")", values.values().toArray());
        } else {
            id = (String) existing;
            List<Object> binds = new ArrayList<>(values.values());
            binds.add(id);
            ctx.execute("UPDATE product SET " + String.join(", ", values.keySet().stream().map(c -> c + " = ?")
                    .toList()) + " WHERE id = ?", binds.toArray());
        }
        if (d.has("barcodes")) {
            barcodes(ctx, id, sku, d.get("barcodes"));
        }
        Stamps.stampEntity(ctx, "product", sku, change.hlc());
        return true;
    }

    /** The product's barcodes become the published ones; one that another product has refuses the change. */
    private static void barcodes(DSLContext ctx, String productId, String sku, JsonNode list) {
        if (!list.isArray()) {
            throw new Unappliable("product " + sku + ": barcodes is not a list");
        }
        Set<String> codes = new LinkedHashSet<>();
        list.forEach(b -> codes.add(b.asText()));
        for (String code : codes) {
            Object owner = ctx.fetchValue("SELECT p.sku FROM product_barcode b JOIN product p ON p.id = b.product_id"
                    + " WHERE b.barcode = ? AND b.product_id <> ?", code, productId);
            if (owner != null) {
                throw new Unappliable("product " + sku + ": barcode " + code + " belongs to product " + owner
                        + " on this device");
            }
        }
        List<Object> keep = new ArrayList<>(codes);
        keep.add(0, productId);
        ctx.execute("DELETE FROM product_barcode WHERE product_id = ?" + (codes.isEmpty() ? "" : " AND barcode NOT IN ("
                + String.join(", ", codes.stream().map(c -> "?").toList()) + ")"), keep.toArray());
        for (String code : codes) {
            ctx.execute("INSERT OR IGNORE INTO product_barcode (barcode, product_id) VALUES (?, ?)", code, productId);
        }
    }

    /** The category with this code, made (named by its code) when the shop does not have it yet. */
    private static String category(DSLContext ctx, String code, long now) {
        Object id = ctx.fetchValue("SELECT id FROM category WHERE code = ?", code);
        if (id != null) {
            return (String) id;
        }
        String made = idFor("category", code);
        ctx.execute("INSERT INTO category (id, code, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)", made, code,
                code, now, now);
        return made;
    }

    /** A category published as {"code","name","name_zh","color","sort_order"}. */
    boolean category(DSLContext ctx, Change change) {
        String code = change.entityId();
        if ("delete".equals(change.op()) || !Stamps.newer(change.hlc(), Stamps.entity(ctx, "category", code))) {
            // A category cannot be switched off; its products can.
            return false;
        }
        ObjectNode d = Data.of(change.data());
        long now = clock.millis();
        String id = category(ctx, code, now);
        Map<String, Object> values = new LinkedHashMap<>();
        for (String column : List.of("name", "name_zh", "color", "sort_order")) {
            if (d.has(column)) {
                values.put(column, Data.sql(d.get(column)));
            }
        }
        values.put("updated_at", now);
        List<Object> binds = new ArrayList<>(values.values());
        binds.add(id);
        ctx.execute("UPDATE category SET " + String.join(", ", values.keySet().stream().map(c -> c + " = ?").toList())
                + " WHERE id = ?", binds.toArray());
        Stamps.stampEntity(ctx, "category", code, change.hlc());
        return true;
    }

    /** The same id on every device for what head office published under this key. */
    private static String idFor(String kind, String key) {
        return UUID.nameUUIDFromBytes((kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
