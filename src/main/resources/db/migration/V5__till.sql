-- The till: cart drafts that survive a crash, shift running totals, cash movements, store credit,
-- and a database guard against refunding more than was sold.

-- The cart on screen is saved as it changes; its id becomes the sale's id when it is paid.
CREATE TABLE cart_draft (
    id                   TEXT    PRIMARY KEY,
    parked               INTEGER NOT NULL DEFAULT 0 CHECK (parked IN (0, 1)),
    customer_id          TEXT    REFERENCES customer (id),
    served_by_id         TEXT    REFERENCES staff (id),
    cart_discount_minor  BIGINT  NOT NULL DEFAULT 0 CHECK (cart_discount_minor >= 0),
    created_at           BIGINT  NOT NULL,
    updated_at           BIGINT  NOT NULL
);
-- One cart is open on the till at a time; the others are parked.
CREATE UNIQUE INDEX cart_draft_one_open ON cart_draft (parked) WHERE parked = 0;

CREATE TABLE cart_draft_line (
    cart_id           TEXT    NOT NULL REFERENCES cart_draft (id) ON DELETE CASCADE,
    line_no           INTEGER NOT NULL,
    line_id           TEXT    NOT NULL,
    product_id        TEXT    NOT NULL REFERENCES product (id),
    quantity          INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_minor  BIGINT  NOT NULL CHECK (unit_price_minor >= 0),
    list_price_minor  BIGINT  NOT NULL,
    discount_minor    BIGINT  NOT NULL CHECK (discount_minor >= 0),
    override_by       TEXT    REFERENCES staff (id),
    PRIMARY KEY (cart_id, line_no)
);

-- Payments already taken towards a cart (a card approved just before a power cut stays taken).
CREATE TABLE cart_draft_tender (
    cart_id       TEXT    NOT NULL REFERENCES cart_draft (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    tender        TEXT    NOT NULL CHECK (tender IN ('cash', 'card', 'wechat', 'alipay', 'store_credit')),
    amount_minor  BIGINT  NOT NULL CHECK (amount_minor > 0),
    PRIMARY KEY (cart_id, seq)
);

-- Running totals per shift, kept in each sale's transaction so closing never rescans sales.
CREATE TABLE shift_tally (
    shift_id        TEXT    PRIMARY KEY REFERENCES shift (id),
    sales_count     INTEGER NOT NULL DEFAULT 0,
    refund_count    INTEGER NOT NULL DEFAULT 0,
    void_count      INTEGER NOT NULL DEFAULT 0,
    revenue_minor   BIGINT  NOT NULL DEFAULT 0,
    tax_minor       BIGINT  NOT NULL DEFAULT 0,
    discount_minor  BIGINT  NOT NULL DEFAULT 0,
    item_count      INTEGER NOT NULL DEFAULT 0,
    cash_in_minor   BIGINT  NOT NULL DEFAULT 0,
    cash_out_minor  BIGINT  NOT NULL DEFAULT 0
);

-- Net amount per tender in a shift (refunds paid out subtract); cash is what stayed in the drawer.
CREATE TABLE shift_tender (
    shift_id      TEXT    NOT NULL REFERENCES shift (id),
    tender        TEXT    NOT NULL,
    amount_minor  BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (shift_id, tender)
);

CREATE TABLE cash_movement (
    id            TEXT    PRIMARY KEY,
    shift_id      TEXT    NOT NULL REFERENCES shift (id),
    amount_minor  BIGINT  NOT NULL CHECK (amount_minor <> 0),
    reason        TEXT    NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 500),
    staff_id      TEXT    NOT NULL REFERENCES staff (id),
    at            BIGINT  NOT NULL
);
CREATE INDEX cash_movement_shift ON cash_movement (shift_id);
CREATE TRIGGER cash_movement_no_update BEFORE UPDATE ON cash_movement BEGIN SELECT RAISE(ABORT, 'cash movements are append-only'); END;
CREATE TRIGGER cash_movement_no_delete BEFORE DELETE ON cash_movement BEGIN SELECT RAISE(ABORT, 'cash movements are append-only'); END;

-- Store credit as a ledger: top-ups and refunds to credit add, payments with credit take away.
CREATE TABLE store_credit (
    id            TEXT    PRIMARY KEY,
    customer_id   TEXT    NOT NULL REFERENCES customer (id),
    amount_minor  BIGINT  NOT NULL CHECK (amount_minor <> 0),
    kind          TEXT    NOT NULL CHECK (kind IN ('top_up', 'sale', 'refund', 'void', 'adjust')),
    sale_id       TEXT    REFERENCES sale (id),
    at            BIGINT  NOT NULL
);
CREATE INDEX store_credit_customer ON store_credit (customer_id);
CREATE TRIGGER store_credit_no_update BEFORE UPDATE ON store_credit BEGIN SELECT RAISE(ABORT, 'store credit entries are append-only'); END;
CREATE TRIGGER store_credit_no_delete BEFORE DELETE ON store_credit BEGIN SELECT RAISE(ABORT, 'store credit entries are append-only'); END;

-- Sales paid with store credit before this version: book them, and the top-up that paid for them
-- (the next multiple of 500 in major units above it, as the shop sells its prepaid cards).
INSERT INTO store_credit (id, customer_id, amount_minor, kind, sale_id, at)
SELECT 'sc-' || p.id, s.customer_id, -p.amount_minor, s.kind, s.id, s.created_at
FROM payment p JOIN sale s ON s.id = p.sale_id
WHERE p.tender = 'store_credit' AND s.customer_id IS NOT NULL AND p.amount_minor <> 0;

INSERT INTO store_credit (id, customer_id, amount_minor, kind, sale_id, at)
SELECT 'sc-topup-' || customer_id, customer_id,
       ((-sum(amount_minor) + 50000) / 50000) * 50000, 'top_up', NULL, min(at) - 1
FROM store_credit GROUP BY customer_id HAVING sum(amount_minor) < 0;

-- A refund or void line may not give back more of a line than was sold, whatever the code above it does.
CREATE TRIGGER sale_line_refund_guard BEFORE INSERT ON sale_line
WHEN NEW.original_line_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'refund exceeds the quantity sold')
    WHERE (SELECT quantity FROM sale_line WHERE id = NEW.original_line_id)
          + NEW.quantity
          + COALESCE((SELECT sum(quantity) FROM sale_line WHERE original_line_id = NEW.original_line_id), 0) < 0;
END;

