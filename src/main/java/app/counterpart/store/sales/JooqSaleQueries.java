package app.counterpart.store.sales;

import static app.counterpart.store.jooq.Tables.CUSTOMER;
import static app.counterpart.store.jooq.Tables.SALE;
import static app.counterpart.store.jooq.Tables.STAFF;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.nullif;

import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sales.SaleQueries;
import app.counterpart.core.sales.SaleSummary;
import app.counterpart.store.Database;
import app.counterpart.store.jooq.tables.Staff;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.Field;

public final class JooqSaleQueries implements SaleQueries {

    private final Database db;

    public JooqSaleQueries(Database db) {
        this.db = db;
    }

    @Override
    public List<SaleSummary> between(LocalDate from, LocalDate to, int limit, boolean zh) {
        Staff cashier = STAFF.as("cashier");
        Staff server = STAFF.as("server");
        Field<String> cashierName = zh ? coalesce(nullif(cashier.NAME_ZH, ""), cashier.NAME) : cashier.NAME;
        Field<String> serverName = zh ? coalesce(nullif(server.NAME_ZH, ""), server.NAME) : server.NAME;
        return db.read(ctx -> ctx.select(SALE.ID, SALE.NUMBER, SALE.KIND, SALE.CREATED_AT, cashierName, serverName,
                        CUSTOMER.NAME, SALE.ITEM_COUNT, SALE.TOTAL_MINOR)
                .from(SALE)
                .join(cashier).on(cashier.ID.eq(SALE.CASHIER_ID))
                .join(server).on(server.ID.eq(SALE.SERVED_BY_ID))
                .leftJoin(CUSTOMER).on(CUSTOMER.ID.eq(SALE.CUSTOMER_ID))
                .where(SALE.BUSINESS_DAY.between(from.toString(), to.toString()))
                .orderBy(SALE.CREATED_AT.desc())
                .limit(limit)
                .fetch(r -> new SaleSummary(r.value1(), r.value2(), SaleKind.fromCode(r.value3()),
                        Instant.ofEpochMilli(r.value4()), r.value5(), r.value6(), r.value7(), r.value8(), r.value9())));
    }
}
