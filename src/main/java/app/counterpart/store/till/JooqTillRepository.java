package app.counterpart.store.till;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static app.counterpart.store.jooq.Tables.CART_DRAFT;
import static app.counterpart.store.jooq.Tables.CART_DRAFT_LINE;
import static app.counterpart.store.jooq.Tables.CART_DRAFT_TENDER;
import static app.counterpart.store.jooq.Tables.CASH_MOVEMENT;
import static app.counterpart.store.jooq.Tables.CUSTOMER;
import static app.counterpart.store.jooq.Tables.CUSTOMER_TAG;
import static app.counterpart.store.jooq.Tables.DEVICE;
import static app.counterpart.store.jooq.Tables.PAYMENT;
import static app.counterpart.store.jooq.Tables.PRODUCT;
import static app.counterpart.store.jooq.Tables.SALE;
import static app.counterpart.store.jooq.Tables.SALE_LINE;
import static app.counterpart.store.jooq.Tables.SHIFT;
import static app.counterpart.store.jooq.Tables.SHIFT_TALLY;
import static app.counterpart.store.jooq.Tables.SHIFT_TENDER;
import static app.counterpart.store.jooq.Tables.STORE_CREDIT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.sum;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.sales.Payment;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sales.SaleLine;
import app.counterpart.core.sales.SaleRepository;
import app.counterpart.core.sales.Tender;
import app.counterpart.core.sell.Cart;
import app.counterpart.core.sell.CartCustomer;
import app.counterpart.core.sell.CartLine;
import app.counterpart.core.sell.CashMovement;
import app.counterpart.core.sell.ParkedCart;
import app.counterpart.core.sell.SellException;
import app.counterpart.core.sell.Shift;
import app.counterpart.core.sell.ShiftTally;
import app.counterpart.core.sell.TenderEntry;
import app.counterpart.core.sell.TillRepository;
import app.counterpart.store.Database;
import app.counterpart.store.jooq.tables.records.CartDraftRecord;
import app.counterpart.store.jooq.tables.records.SaleRecord;
import app.counterpart.store.jooq.tables.records.ShiftRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** The till's store: shifts and their tallies, cart drafts, numbered sales, store credit. */
public final class JooqTillRepository implements TillRepository {

    private static final DateTimeFormatter NUMBER_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Database db;
    private final SaleRepository sales;
    private final IdGenerator ids;
    private final Clock clock;

    public JooqTillRepository(Database db, SaleRepository sales, IdGenerator ids, Clock clock) {
        this.db = db;
        this.sales = sales;
        this.ids = ids;
        this.clock = clock;
    }

    // ---- Shifts ----

    @Override
    public Optional<Shift> openShift() {
        return db.read(ctx -> ctx.select(SHIFT.fields()).from(SHIFT).join(DEVICE).on(DEVICE.ID.eq(SHIFT.DEVICE_ID))
                .where(DEVICE.IS_LOCAL.eq(1)).and(SHIFT.CLOSED_AT.isNull())
                .fetchOptional(r -> toShift(r.into(SHIFT))));
    }

    @Override
    public Optional<Shift> shift(String id) {
        return db.read(ctx -> ctx.selectFrom(SHIFT).where(SHIFT.ID.eq(id)).fetchOptional(JooqTillRepository::toShift));
    }

    @Override
    public void openShift(Shift s) {
        try {
            db.write(ctx -> {
                ctx.insertInto(SHIFT)
                        .set(SHIFT.ID, s.id())
                        .set(SHIFT.DEVICE_ID, s.deviceId())
                        .set(SHIFT.OPENED_BY, s.openedBy())
                        .set(SHIFT.OPENED_AT, s.openedAt().toEpochMilli())
                        .set(SHIFT.OPENING_FLOAT_MINOR, s.openingFloatMinor())
                        .execute();
                ctx.insertInto(SHIFT_TALLY).set(SHIFT_TALLY.SHIFT_ID, s.id()).execute();
                audit(ctx, s.openedBy(), "shift.open", "shift", s.id(), "float " + s.openingFloatMinor());
                return null;
            });
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                throw new SellException(SellException.Problem.SHIFT_ALREADY_OPEN);
            }
            throw e;
        }
    }

    @Override
    public void addCashMovement(CashMovement m) {
        db.write(ctx -> {
            ctx.insertInto(CASH_MOVEMENT)
                    .set(CASH_MOVEMENT.ID, m.id())
                    .set(CASH_MOVEMENT.SHIFT_ID, m.shiftId())
                    .set(CASH_MOVEMENT.AMOUNT_MINOR, m.amountMinor())
                    .set(CASH_MOVEMENT.REASON, m.reason())
                    .set(CASH_MOVEMENT.STAFF_ID, m.staffId())
                    .set(CASH_MOVEMENT.AT, m.at().toEpochMilli())
                    .execute();
            long in = Math.max(0, m.amountMinor());
            long out = Math.max(0, -m.amountMinor());
            ctx.update(SHIFT_TALLY)
                    .set(SHIFT_TALLY.CASH_IN_MINOR, SHIFT_TALLY.CASH_IN_MINOR.plus(in))
                    .set(SHIFT_TALLY.CASH_OUT_MINOR, SHIFT_TALLY.CASH_OUT_MINOR.plus(out))
                    .where(SHIFT_TALLY.SHIFT_ID.eq(m.shiftId()))
                    .execute();
            audit(ctx, m.staffId(), m.isIn() ? "cash.in" : "cash.out", "shift", m.shiftId(),
                    m.amountMinor() + " " + m.reason());
            return null;
        });
    }

    @Override
    public List<CashMovement> cashMovements(String shiftId) {
        return db.read(ctx -> ctx.selectFrom(CASH_MOVEMENT).where(CASH_MOVEMENT.SHIFT_ID.eq(shiftId))
                .orderBy(CASH_MOVEMENT.AT, CASH_MOVEMENT.ID)
                .fetch(r -> new CashMovement(r.getId(), r.getShiftId(), r.getAmountMinor(), r.getReason(),
                        r.getStaffId(), Instant.ofEpochMilli(r.getAt()))));
    }

    @Override
    public ShiftTally tally(String shiftId) {
        return db.read(ctx -> {
            Map<Tender, Long> byTender = new EnumMap<>(Tender.class);
            ctx.selectFrom(SHIFT_TENDER).where(SHIFT_TENDER.SHIFT_ID.eq(shiftId))
                    .forEach(r -> byTender.put(Tender.fromCode(r.getTender()), r.getAmountMinor()));
            return ctx.selectFrom(SHIFT_TALLY).where(SHIFT_TALLY.SHIFT_ID.eq(shiftId))
                    .fetchOptional(t -> new ShiftTally(t.getSalesCount(), t.getRefundCount(), t.getVoidCount(),
                            t.getRevenueMinor(), t.getTaxMinor(), t.getDiscountMinor(), t.getItemCount(), byTender,
                            t.getCashInMinor(), t.getCashOutMinor()))
                    .orElse(ShiftTally.empty());
        });
    }

    @Override
    public Shift closeShift(String shiftId, String staffId, Instant at, long countedMinor, long expectedMinor) {
        return db.write(ctx -> {
            int changed = ctx.update(SHIFT)
                    .set(SHIFT.CLOSED_BY, staffId)
                    .set(SHIFT.CLOSED_AT, at.toEpochMilli())
                    .set(SHIFT.COUNTED_CASH_MINOR, countedMinor)
                    .set(SHIFT.EXPECTED_CASH_MINOR, expectedMinor)
                    .where(SHIFT.ID.eq(shiftId)).and(SHIFT.CLOSED_AT.isNull())
                    .execute();
            if (changed == 0) {
                throw new SellException(SellException.Problem.NO_OPEN_SHIFT);
            }
            audit(ctx, staffId, "shift.close", "shift", shiftId,
                    "counted " + countedMinor + " expected " + expectedMinor + " difference "
                            + (countedMinor - expectedMinor));
            return toShift(ctx.selectFrom(SHIFT).where(SHIFT.ID.eq(shiftId)).fetchOne());
        });
    }

    private static Shift toShift(ShiftRecord r) {
        return new Shift(r.getId(), r.getDeviceId(), r.getOpenedBy(), Instant.ofEpochMilli(r.getOpenedAt()),
                r.getOpeningFloatMinor(), r.getClosedBy(),
                r.getClosedAt() == null ? null : Instant.ofEpochMilli(r.getClosedAt()), r.getCountedCashMinor(),
                r.getExpectedCashMinor());
    }

    // ---- Drafts ----

    @Override
    public void saveDraft(Cart cart, boolean parked) {
        long now = clock.millis();
        db.write(ctx -> {
            // A late save of a cart that has just been paid must not bring it back as a draft.
            if (ctx.fetchExists(SALE, SALE.ID.eq(cart.id()))) {
                return null;
            }
            if (!parked) {
                // Never lose a cart: any other cart still marked open is set aside rather than replaced.
                ctx.update(CART_DRAFT).set(CART_DRAFT.PARKED, 1)
                        .where(CART_DRAFT.PARKED.eq(0)).and(CART_DRAFT.ID.ne(cart.id())).execute();
            }
            String customerId = cart.customer() == null ? null : cart.customer().id();
            ctx.insertInto(CART_DRAFT)
                    .set(CART_DRAFT.ID, cart.id())
                    .set(CART_DRAFT.PARKED, parked ? 1 : 0)
                    .set(CART_DRAFT.CUSTOMER_ID, customerId)
                    .set(CART_DRAFT.SERVED_BY_ID, cart.servedById())
                    .set(CART_DRAFT.CART_DISCOUNT_MINOR, cart.cartDiscountMinor())
                    .set(CART_DRAFT.CREATED_AT, cart.createdAt().toEpochMilli())
                    .set(CART_DRAFT.UPDATED_AT, now)
                    .onConflict(CART_DRAFT.ID).doUpdate()
                    .set(CART_DRAFT.PARKED, parked ? 1 : 0)
                    .set(CART_DRAFT.CUSTOMER_ID, customerId)
                    .set(CART_DRAFT.SERVED_BY_ID, cart.servedById())
                    .set(CART_DRAFT.CART_DISCOUNT_MINOR, cart.cartDiscountMinor())
                    .set(CART_DRAFT.UPDATED_AT, now)
                    .execute();
            ctx.deleteFrom(CART_DRAFT_LINE).where(CART_DRAFT_LINE.CART_ID.eq(cart.id())).execute();
            ctx.deleteFrom(CART_DRAFT_TENDER).where(CART_DRAFT_TENDER.CART_ID.eq(cart.id())).execute();
            int no = 1;
            for (CartLine l : cart.lines()) {
                ctx.insertInto(CART_DRAFT_LINE)
                        .set(CART_DRAFT_LINE.CART_ID, cart.id())
                        .set(CART_DRAFT_LINE.LINE_NO, no++)
                        .set(CART_DRAFT_LINE.LINE_ID, l.id())
                        .set(CART_DRAFT_LINE.PRODUCT_ID, l.productId())
                        .set(CART_DRAFT_LINE.QUANTITY, l.quantity())
                        .set(CART_DRAFT_LINE.UNIT_PRICE_MINOR, l.unitPriceMinor())
                        .set(CART_DRAFT_LINE.LIST_PRICE_MINOR, l.listPriceMinor())
                        .set(CART_DRAFT_LINE.DISCOUNT_MINOR, l.discountMinor())
                        .set(CART_DRAFT_LINE.OVERRIDE_BY, l.overrideBy())
                        .execute();
            }
            int seq = 1;
            for (TenderEntry t : cart.tenders()) {
                ctx.insertInto(CART_DRAFT_TENDER)
                        .set(CART_DRAFT_TENDER.CART_ID, cart.id())
                        .set(CART_DRAFT_TENDER.SEQ, seq++)
                        .set(CART_DRAFT_TENDER.TENDER, t.tender().code())
                        .set(CART_DRAFT_TENDER.AMOUNT_MINOR, t.amountMinor())
                        .execute();
            }
            return null;
        });
    }

    @Override
    public Optional<Cart> openDraft() {
        return db.read(ctx -> ctx.selectFrom(CART_DRAFT).where(CART_DRAFT.PARKED.eq(0))
                .fetchOptional().map(r -> toCart(ctx, r)));
    }

    @Override
    public Optional<Cart> draft(String cartId) {
        return db.read(ctx -> ctx.selectFrom(CART_DRAFT).where(CART_DRAFT.ID.eq(cartId))
                .fetchOptional().map(r -> toCart(ctx, r)));
    }

    @Override
    public List<ParkedCart> parkedCarts() {
        return db.read(ctx -> {
            List<ParkedCart> out = new ArrayList<>();
            for (CartDraftRecord r : ctx.selectFrom(CART_DRAFT).where(CART_DRAFT.PARKED.eq(1))
                    .orderBy(CART_DRAFT.UPDATED_AT).fetch()) {
                Cart c = toCart(ctx, r);
                int items = c.lines().stream().mapToInt(CartLine::quantity).sum();
                out.add(new ParkedCart(c.id(), null, items, c.linesNetMinor() - c.cartDiscountMinor(),
                        c.customer() == null ? null : c.customer().name(), Instant.ofEpochMilli(r.getUpdatedAt())));
            }
            return out;
        });
    }

    @Override
    public void deleteDraft(String cartId) {
        db.write(ctx -> ctx.deleteFrom(CART_DRAFT).where(CART_DRAFT.ID.eq(cartId)).execute());
    }

    private Cart toCart(DSLContext ctx, CartDraftRecord r) {
        List<CartLine> lines = ctx.select(CART_DRAFT_LINE.LINE_ID, CART_DRAFT_LINE.PRODUCT_ID, PRODUCT.SKU,
                        PRODUCT.NAME, PRODUCT.NAME_ZH, CART_DRAFT_LINE.QUANTITY, CART_DRAFT_LINE.UNIT_PRICE_MINOR,
                        CART_DRAFT_LINE.LIST_PRICE_MINOR, CART_DRAFT_LINE.DISCOUNT_MINOR, PRODUCT.TAX_RATE_BP,
                        PRODUCT.COST_MINOR, CART_DRAFT_LINE.OVERRIDE_BY)
                .from(CART_DRAFT_LINE).join(PRODUCT).on(PRODUCT.ID.eq(CART_DRAFT_LINE.PRODUCT_ID))
                .where(CART_DRAFT_LINE.CART_ID.eq(r.getId()))
                .orderBy(CART_DRAFT_LINE.LINE_NO)
                .fetch(l -> new CartLine(l.value1(), l.value2(), l.value3(), l.value4(), l.value5(), l.value6(),
                        l.value7(), l.value8(), l.value9(), l.value10(), l.value11(), l.value12()));
        List<TenderEntry> tenders = ctx.selectFrom(CART_DRAFT_TENDER).where(CART_DRAFT_TENDER.CART_ID.eq(r.getId()))
                .orderBy(CART_DRAFT_TENDER.SEQ)
                .fetch(t -> new TenderEntry(Tender.fromCode(t.getTender()), t.getAmountMinor()));
        CartCustomer customer = r.getCustomerId() == null ? null : cartCustomer(ctx, r.getCustomerId());
        return new Cart(r.getId(), lines, r.getCartDiscountMinor(), customer, r.getServedById(), tenders,
                Instant.ofEpochMilli(r.getCreatedAt()));
    }

    private CartCustomer cartCustomer(DSLContext ctx, String customerId) {
        return ctx.selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(customerId)).fetchOptional()
                .map(c -> new CartCustomer(c.getId(), c.getName(), c.getPhone(),
                        ctx.select(CUSTOMER_TAG.TAG).from(CUSTOMER_TAG).where(CUSTOMER_TAG.CUSTOMER_ID.eq(customerId))
                                .orderBy(CUSTOMER_TAG.TAG).fetch(CUSTOMER_TAG.TAG),
                        balance(ctx, customerId)))
                .orElse(null);
    }

    // ---- Sales ----

    @Override
    public Sale commit(Sale sale, String deviceCode) {
        return db.write(ctx -> {
            Optional<Sale> existing = load(ctx, SALE.ID.eq(sale.id()), 1).stream().findFirst();
            if (existing.isPresent()) {
                return existing.get();
            }
            Sale numbered = sale.withNumber(nextNumber(ctx, deviceCode, sale.businessDay()));
            sales.commit(List.of(numbered));
            ctx.deleteFrom(CART_DRAFT).where(CART_DRAFT.ID.eq(sale.id())).execute();
            return numbered;
        });
    }

    /** T1-20261128-0042: the device, the business day, and one more than the day's highest number so far. */
    private static String nextNumber(DSLContext ctx, String deviceCode, LocalDate day) {
        String prefix = deviceCode + "-" + NUMBER_DAY.format(day) + "-";
        // A range on the unique number index: '.' sorts right after '-', so this is "starts with prefix".
        // Longest first, then highest: past 9999 in a day "10000" must win over "9999" though it sorts lower.
        String last = ctx.select(SALE.NUMBER).from(SALE)
                .where(SALE.NUMBER.ge(prefix)).and(SALE.NUMBER.lt(deviceCode + "-" + NUMBER_DAY.format(day) + "."))
                .orderBy(org.jooq.impl.DSL.length(SALE.NUMBER).desc(), SALE.NUMBER.desc())
                .limit(1)
                .fetchOne(SALE.NUMBER);
        int n = 0;
        if (last != null) {
            try {
                n = Integer.parseInt(last.substring(prefix.length()));
            } catch (NumberFormatException e) {
                n = 0;
            }
        }
        return prefix + String.format("%04d", n + 1);
    }

    @Override
    public Optional<Sale> findSale(String numberOrId) {
        return db.read(ctx -> load(ctx, SALE.NUMBER.eq(numberOrId).or(SALE.ID.eq(numberOrId)), 1).stream()
                .findFirst());
    }

    @Override
    public List<Sale> reversalsOf(String saleId) {
        return db.read(ctx -> load(ctx, SALE.ORIGINAL_SALE_ID.eq(saleId), Integer.MAX_VALUE));
    }

    @Override
    public List<Sale> recentSales(int limit) {
        return db.read(ctx -> load(ctx, SALE.DEVICE_ID.in(ctx.select(DEVICE.ID).from(DEVICE)
                .where(DEVICE.IS_LOCAL.eq(1))), limit));
    }

    /** Sales with their lines and payments, newest first. */
    private static List<Sale> load(DSLContext ctx, Condition where, int limit) {
        org.jooq.Result<SaleRecord> rows = ctx.selectFrom(SALE).where(where).orderBy(SALE.ID.desc()).limit(limit).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> idList = rows.map(SaleRecord::getId);
        Map<String, List<SaleLine>> lines = ctx.selectFrom(SALE_LINE).where(SALE_LINE.SALE_ID.in(idList))
                .orderBy(SALE_LINE.LINE_NO)
                .fetchGroups(SALE_LINE.SALE_ID, l -> new SaleLine(l.getId(), l.getLineNo(), l.getProductId(),
                        l.getOriginalLineId(), l.getQuantity(), l.getUnitPriceMinor(), l.getDiscountMinor(),
                        l.getTaxMinor(), l.getTotalMinor(), l.getCostMinor()));
        Map<String, List<Payment>> payments = ctx.selectFrom(PAYMENT).where(PAYMENT.SALE_ID.in(idList))
                .orderBy(PAYMENT.SEQ)
                .fetchGroups(PAYMENT.SALE_ID, p -> new Payment(p.getId(), p.getSeq(), Tender.fromCode(p.getTender()),
                        p.getAmountMinor(), p.getTenderedMinor(), p.getChangeMinor()));
        List<Sale> out = new ArrayList<>(rows.size());
        for (SaleRecord s : rows) {
            out.add(new Sale(s.getId(), s.getNumber(), SaleKind.fromCode(s.getKind()), s.getOriginalSaleId(),
                    s.getDeviceId(), s.getShiftId(), s.getCashierId(), s.getServedById(), s.getCustomerId(),
                    Instant.ofEpochMilli(s.getCreatedAt()), LocalDate.parse(s.getBusinessDay()), s.getHour(),
                    s.getCurrency(), s.getSubtotalMinor(), s.getDiscountMinor(), s.getTaxMinor(), s.getTotalMinor(),
                    s.getCostMinor(), s.getItemCount(), lines.getOrDefault(s.getId(), List.of()),
                    payments.getOrDefault(s.getId(), List.of())));
        }
        return out;
    }

    @Override
    public long storeCreditBalance(String customerId) {
        return db.read(ctx -> balance(ctx, customerId));
    }

    private static long balance(DSLContext ctx, String customerId) {
        BigDecimal b = ctx.select(coalesce(sum(STORE_CREDIT.AMOUNT_MINOR), BigDecimal.ZERO)).from(STORE_CREDIT)
                .where(STORE_CREDIT.CUSTOMER_ID.eq(customerId)).fetchOne(0, BigDecimal.class);
        return b == null ? 0 : b.longValueExact();
    }

    // ---- Audit ----

    @Override
    public void audit(String staffId, String action, String entity, String entityId, String detail) {
        db.write(ctx -> {
            audit(ctx, staffId, action, entity, entityId, detail);
            return null;
        });
    }

    private void audit(DSLContext ctx, String staffId, String action, String entity, String entityId, String detail) {
        Instant now = clock.instant();
        ctx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.ID, ids.next(now))
                .set(AUDIT_LOG.AT, now.toEpochMilli())
                .set(AUDIT_LOG.STAFF_ID, staffId)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.DETAIL, detail)
                .execute();
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DataAccessException || t instanceof java.sql.SQLException) {
                String m = String.valueOf(t.getMessage());
                if (m.contains("UNIQUE constraint failed")) {
                    return true;
                }
            }
        }
        return false;
    }
}
