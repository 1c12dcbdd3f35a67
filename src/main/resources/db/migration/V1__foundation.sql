-- Counterpart local store, version 1.
-- Conventions: ids are client-generated UUIDv7 text; money is INTEGER minor units (BIGINT so jOOQ
-- maps it to long); instants are INTEGER epoch milliseconds UTC; business days are ISO dates in the
-- shop's zone after its cut-off hour. Uniqueness lives in the database, not only in code.

CREATE TABLE shop (
    id                TEXT    PRIMARY KEY,
    name              TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    name_zh           TEXT,
    currency          TEXT    NOT NULL CHECK (length(currency) = 3),
    zone              TEXT    NOT NULL,
    cutoff_hour       INTEGER NOT NULL DEFAULT 4 CHECK (cutoff_hour BETWEEN 0 AND 23),
    prices_include_tax INTEGER NOT NULL DEFAULT 1 CHECK (prices_include_tax IN (0, 1)),
    address           TEXT,
    phone             TEXT,
    created_at        BIGINT  NOT NULL,
    -- A store file holds exactly one shop.
    singleton         INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1)
);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE device (
    id          TEXT    PRIMARY KEY,
    shop_id     TEXT    NOT NULL REFERENCES shop (id),
    code        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    is_local    INTEGER NOT NULL DEFAULT 0 CHECK (is_local IN (0, 1)),
    created_at  BIGINT  NOT NULL
);
-- Exactly one row describes this machine.
CREATE UNIQUE INDEX device_single_local ON device (is_local) WHERE is_local = 1;

CREATE TABLE staff (
    id          TEXT    PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    name_zh     TEXT,
    role        TEXT    NOT NULL CHECK (role IN ('owner', 'manager', 'cashier', 'partner')),
    kind        TEXT    NOT NULL CHECK (kind IN ('employee', 'partner')),
    pin_hash    TEXT    NOT NULL,
    phone       TEXT,
    hired_on    TEXT,
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL
);

CREATE TABLE category (
    id          TEXT    PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    name_zh     TEXT,
    color       TEXT,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL
);

CREATE TABLE product (
    id           TEXT    PRIMARY KEY,
    sku          TEXT    NOT NULL UNIQUE,
    category_id  TEXT    NOT NULL REFERENCES category (id),
    name         TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    name_zh      TEXT,
    unit         TEXT    NOT NULL DEFAULT 'pc',
    price_minor  BIGINT  NOT NULL CHECK (price_minor >= 0),
    cost_minor   BIGINT  NOT NULL DEFAULT 0 CHECK (cost_minor >= 0),
    -- basis points: 6 % is 600
    tax_rate_bp  INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    color        TEXT,
    low_stock    INTEGER NOT NULL DEFAULT 0 CHECK (low_stock >= 0),
    created_at   BIGINT  NOT NULL,
    updated_at   BIGINT  NOT NULL
);
CREATE INDEX product_category ON product (category_id);

-- A barcode names one product only, whichever product claims it.
CREATE TABLE product_barcode (
    barcode     TEXT PRIMARY KEY CHECK (length(barcode) BETWEEN 1 AND 64),
    product_id  TEXT NOT NULL REFERENCES product (id)
);
CREATE INDEX product_barcode_product ON product_barcode (product_id);

CREATE TABLE customer (
    id           TEXT    PRIMARY KEY,
    phone        TEXT    UNIQUE,
    name         TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    gender       TEXT    CHECK (gender IN ('F', 'M')),
    birthday     TEXT,
    referred_by  TEXT    REFERENCES customer (id),
    consent      INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
    joined_on    TEXT    NOT NULL,
    created_at   BIGINT  NOT NULL,
    updated_at   BIGINT  NOT NULL
);
CREATE INDEX customer_referred_by ON customer (referred_by);

CREATE TABLE customer_tag (
    customer_id TEXT NOT NULL REFERENCES customer (id),
    tag         TEXT NOT NULL CHECK (length(trim(tag)) > 0),
    PRIMARY KEY (customer_id, tag)
);
CREATE INDEX customer_tag_tag ON customer_tag (tag);

CREATE TABLE shift (
    id                   TEXT    PRIMARY KEY,
    device_id            TEXT    NOT NULL REFERENCES device (id),
    opened_by            TEXT    NOT NULL REFERENCES staff (id),
    opened_at            BIGINT  NOT NULL,
    opening_float_minor  BIGINT  NOT NULL CHECK (opening_float_minor >= 0),
    closed_by            TEXT    REFERENCES staff (id),
    closed_at            BIGINT,
    counted_cash_minor   BIGINT,
    expected_cash_minor  BIGINT
);
-- One open shift per device at a time.
CREATE UNIQUE INDEX shift_one_open ON shift (device_id) WHERE closed_at IS NULL;

CREATE TABLE sale (
    id                TEXT    PRIMARY KEY,
    number            TEXT    NOT NULL UNIQUE,
    kind              TEXT    NOT NULL CHECK (kind IN ('sale', 'refund', 'void')),
    original_sale_id  TEXT    REFERENCES sale (id),
    device_id         TEXT    NOT NULL REFERENCES device (id),
    shift_id          TEXT    REFERENCES shift (id),
    cashier_id        TEXT    NOT NULL REFERENCES staff (id),
    served_by_id      TEXT    NOT NULL REFERENCES staff (id),
    customer_id       TEXT    REFERENCES customer (id),
    created_at        BIGINT  NOT NULL,
    business_day      TEXT    NOT NULL,
    hour              INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
    currency          TEXT    NOT NULL,
    -- Signed: a refund or a void carries negative amounts, so sums over rows are net figures.
    subtotal_minor    BIGINT  NOT NULL,
    discount_minor    BIGINT  NOT NULL,
    tax_minor         BIGINT  NOT NULL,
    total_minor       BIGINT  NOT NULL,
    cost_minor        BIGINT  NOT NULL,
    item_count        INTEGER NOT NULL,
    CHECK ((kind = 'sale') = (original_sale_id IS NULL))
);
CREATE INDEX sale_business_day ON sale (business_day);
CREATE INDEX sale_customer ON sale (customer_id, created_at);
CREATE INDEX sale_original ON sale (original_sale_id);
CREATE INDEX sale_served_by ON sale (served_by_id, business_day);
-- At most one void per sale, enforced where it cannot be bypassed.
CREATE UNIQUE INDEX sale_one_void ON sale (original_sale_id) WHERE kind = 'void';

CREATE TABLE sale_line (
    id                TEXT    PRIMARY KEY,
    sale_id           TEXT    NOT NULL REFERENCES sale (id),
    line_no           INTEGER NOT NULL CHECK (line_no >= 1),
    product_id        TEXT    NOT NULL REFERENCES product (id),
    original_line_id  TEXT    REFERENCES sale_line (id),
    quantity          INTEGER NOT NULL CHECK (quantity <> 0),
    unit_price_minor  BIGINT  NOT NULL CHECK (unit_price_minor >= 0),
    discount_minor    BIGINT  NOT NULL,
    tax_minor         BIGINT  NOT NULL,
    total_minor       BIGINT  NOT NULL,
    cost_minor        BIGINT  NOT NULL,
    UNIQUE (sale_id, line_no)
);
CREATE INDEX sale_line_product ON sale_line (product_id);
CREATE INDEX sale_line_original ON sale_line (original_line_id);

CREATE TABLE payment (
    id            TEXT    PRIMARY KEY,
    sale_id       TEXT    NOT NULL REFERENCES sale (id),
    seq           INTEGER NOT NULL CHECK (seq >= 1),
    tender        TEXT    NOT NULL CHECK (tender IN ('cash', 'card', 'wechat', 'alipay', 'store_credit')),
    amount_minor  BIGINT  NOT NULL,
    tendered_minor BIGINT,
    change_minor  BIGINT  NOT NULL DEFAULT 0 CHECK (change_minor >= 0),
    UNIQUE (sale_id, seq)
);

CREATE TABLE service_note (
    id           TEXT    PRIMARY KEY,
    customer_id  TEXT    NOT NULL REFERENCES customer (id),
    staff_id     TEXT    NOT NULL REFERENCES staff (id),
    kind         TEXT    NOT NULL CHECK (kind IN ('note', 'call', 'visit', 'follow_up', 'complaint')),
    body         TEXT    NOT NULL CHECK (length(trim(body)) BETWEEN 1 AND 4000),
    corrects_id  TEXT    REFERENCES service_note (id),
    created_at   BIGINT  NOT NULL
);
CREATE INDEX service_note_customer ON service_note (customer_id, created_at);

-- Per-device monotonically increasing seq; rows leave only after head office acknowledged them.
-- payload is NULL for immutable rows (a sale): the uploader reads the row itself, so the queue
-- stays small even for a year of history. Mutable entities carry their changed fields in payload.
CREATE TABLE outbox (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    mutation_id  TEXT    NOT NULL UNIQUE,
    entity       TEXT    NOT NULL,
    entity_id    TEXT    NOT NULL,
    op           TEXT    NOT NULL CHECK (op IN ('upsert', 'insert', 'delete')),
    payload      TEXT,
    created_at   BIGINT  NOT NULL
);

CREATE TABLE audit_log (
    id          TEXT    PRIMARY KEY,
    at          BIGINT  NOT NULL,
    staff_id    TEXT    REFERENCES staff (id),
    action      TEXT    NOT NULL,
    entity      TEXT,
    entity_id   TEXT,
    detail      TEXT
);
CREATE INDEX audit_log_at ON audit_log (at);

-- Rollups, maintained in the same transaction as the sale; net figures (refunds and voids subtract).
CREATE TABLE rollup_day (
    business_day    TEXT    PRIMARY KEY,
    sales_count     INTEGER NOT NULL DEFAULT 0,
    refund_count    INTEGER NOT NULL DEFAULT 0,
    void_count      INTEGER NOT NULL DEFAULT 0,
    revenue_minor   BIGINT  NOT NULL DEFAULT 0,
    tax_minor       BIGINT  NOT NULL DEFAULT 0,
    discount_minor  BIGINT  NOT NULL DEFAULT 0,
    cost_minor      BIGINT  NOT NULL DEFAULT 0,
    item_count      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE rollup_hour (
    business_day    TEXT    NOT NULL,
    hour            INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
    sales_count     INTEGER NOT NULL DEFAULT 0,
    revenue_minor   BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (business_day, hour)
);

-- Append-only history: corrections are new rows that reference the original.
CREATE TRIGGER sale_no_update BEFORE UPDATE ON sale BEGIN SELECT RAISE(ABORT, 'sale rows are append-only'); END;
CREATE TRIGGER sale_no_delete BEFORE DELETE ON sale BEGIN SELECT RAISE(ABORT, 'sale rows are append-only'); END;
CREATE TRIGGER sale_line_no_update BEFORE UPDATE ON sale_line BEGIN SELECT RAISE(ABORT, 'sale lines are append-only'); END;
CREATE TRIGGER sale_line_no_delete BEFORE DELETE ON sale_line BEGIN SELECT RAISE(ABORT, 'sale lines are append-only'); END;
CREATE TRIGGER payment_no_update BEFORE UPDATE ON payment BEGIN SELECT RAISE(ABORT, 'payments are append-only'); END;
CREATE TRIGGER payment_no_delete BEFORE DELETE ON payment BEGIN SELECT RAISE(ABORT, 'payments are append-only'); END;
CREATE TRIGGER service_note_no_update BEFORE UPDATE ON service_note BEGIN SELECT RAISE(ABORT, 'service notes are append-only'); END;
CREATE TRIGGER service_note_no_delete BEFORE DELETE ON service_note BEGIN SELECT RAISE(ABORT, 'service notes are append-only'); END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
