-- Head office, version 1, for SQLite and PostgreSQL alike. Only an autoincrementing key is written
-- differently by each, so it stands here as ${serial_key} (Migrations fills it in per database).
-- Identifiers are lowercase and unquoted, types are BIGINT, TEXT and INTEGER, so one set of queries
-- serves both databases. Instants are epoch millis, days ISO text, JSON documents TEXT.

-- The random key HQ derives device tokens from (one row, written at first open).
CREATE TABLE hq_secret (
    singleton  INTEGER NOT NULL PRIMARY KEY CHECK (singleton = 1),
    key_hex    TEXT    NOT NULL
);

CREATE TABLE hq_shop (
    id          TEXT   NOT NULL PRIMARY KEY,
    name        TEXT   NOT NULL UNIQUE,
    created_at  BIGINT NOT NULL
);

-- One-time enrolment codes, stored as SHA-256; device_id is filled when a device uses it.
CREATE TABLE hq_enrol_code (
    code_hash   TEXT   NOT NULL PRIMARY KEY,
    shop_id     TEXT   NOT NULL REFERENCES hq_shop (id),
    created_at  BIGINT NOT NULL,
    device_id   TEXT,
    used_at     BIGINT
);

CREATE TABLE hq_device (
    id           TEXT    NOT NULL PRIMARY KEY,
    shop_id      TEXT    NOT NULL REFERENCES hq_shop (id),
    code         TEXT,
    name         TEXT,
    token_hash   TEXT    NOT NULL UNIQUE,
    enrolled_at  BIGINT  NOT NULL,
    last_seen    BIGINT,
    last_seq     BIGINT  NOT NULL DEFAULT 0,
    revoked      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE hq_admin_token (
    token_hash  TEXT   NOT NULL PRIMARY KEY,
    created_at  BIGINT NOT NULL
);

-- Every mutation id a shop pushed: the second guard against applying one twice.
CREATE TABLE hq_mutation (
    shop_id      TEXT   NOT NULL,
    mutation_id  TEXT   NOT NULL,
    device_id    TEXT   NOT NULL,
    seq          BIGINT NOT NULL,
    PRIMARY KEY (shop_id, mutation_id)
);

-- Sales as pushed; the key is the third guard (a sale id counts once per shop).
CREATE TABLE hq_sale (
    shop_id           TEXT   NOT NULL,
    id                TEXT   NOT NULL,
    device_id         TEXT   NOT NULL,
    number            TEXT   NOT NULL,
    kind              TEXT   NOT NULL,
    original_sale_id  TEXT,
    business_day      TEXT   NOT NULL,
    created_at        BIGINT NOT NULL,
    total_minor       BIGINT NOT NULL,
    doc               TEXT   NOT NULL,
    PRIMARY KEY (shop_id, id)
);

-- Figures per shop and business day, kept in the transaction that stores the sale.
CREATE TABLE hq_day (
    shop_id        TEXT   NOT NULL,
    day            TEXT   NOT NULL,
    sales          BIGINT NOT NULL,
    revenue_minor  BIGINT NOT NULL,
    PRIMARY KEY (shop_id, day)
);

-- The change log devices pull: what a shop's devices pushed (origin_device) and what HQ published
-- (origin_device NULL); shop_id NULL means every shop.
CREATE TABLE hq_change (
    cursor         ${serial_key},
    shop_id        TEXT,
    origin_device  TEXT,
    entity         TEXT   NOT NULL,
    entity_id      TEXT   NOT NULL,
    op             TEXT   NOT NULL,
    hlc            TEXT   NOT NULL,
    data           TEXT,
    at             BIGINT NOT NULL
);
CREATE INDEX hq_change_shop ON hq_change (shop_id, cursor);

-- A customer's merged state, one row per field, last writer (highest HLC stamp) wins.
CREATE TABLE hq_customer_field (
    shop_id      TEXT NOT NULL,
    customer_id  TEXT NOT NULL,
    field        TEXT NOT NULL,
    value        TEXT,
    hlc          TEXT NOT NULL,
    PRIMARY KEY (shop_id, customer_id, field)
);

-- The latest state of every other entity; shop_id '' is a head-office publication for every shop.
CREATE TABLE hq_entity (
    shop_id    TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    owner      TEXT NOT NULL CHECK (owner IN ('shop', 'hq')),
    hlc        TEXT NOT NULL,
    op         TEXT NOT NULL,
    data       TEXT,
    PRIMARY KEY (shop_id, entity, entity_id)
);

-- Mutations HQ will never apply, with the reason: kept, shown, never dropped.
CREATE TABLE hq_rejected (
    id           ${serial_key},
    shop_id      TEXT   NOT NULL,
    device_id    TEXT   NOT NULL,
    seq          BIGINT NOT NULL,
    mutation_id  TEXT,
    entity       TEXT,
    entity_id    TEXT,
    reason       TEXT   NOT NULL,
    data         TEXT,
    at           BIGINT NOT NULL
);
CREATE INDEX hq_rejected_device ON hq_rejected (device_id, seq);
CREATE INDEX hq_rejected_shop ON hq_rejected (shop_id, id);
