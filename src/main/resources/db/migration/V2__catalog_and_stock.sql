-- Catalog and stock, version 2.

-- Made-to-order drinks are not counted on a shelf; everything else keeps a stock ledger.
ALTER TABLE product ADD COLUMN track_stock INTEGER NOT NULL DEFAULT 1 CHECK (track_stock IN (0, 1));
-- Pinyin initials of the Chinese name ("奶茶" → "nc"), computed by the app when the name is saved.
ALTER TABLE product ADD COLUMN pinyin TEXT;

-- Stock is a ledger: on-hand is the sum of movements, never an edited number.
CREATE TABLE stock_movement (
    id            TEXT    PRIMARY KEY,
    product_id    TEXT    NOT NULL REFERENCES product (id),
    kind          TEXT    NOT NULL CHECK (kind IN ('sale', 'refund', 'void', 'receiving', 'adjustment', 'count')),
    quantity      INTEGER NOT NULL CHECK (quantity <> 0),
    sale_line_id  TEXT    REFERENCES sale_line (id),
    staff_id      TEXT    REFERENCES staff (id),
    reason        TEXT,
    created_at    BIGINT  NOT NULL
);
CREATE INDEX stock_movement_product ON stock_movement (product_id, created_at);
-- A sale line moves stock once, however often a commit is retried.
CREATE UNIQUE INDEX stock_movement_sale_line ON stock_movement (sale_line_id) WHERE sale_line_id IS NOT NULL;
CREATE TRIGGER stock_movement_no_update BEFORE UPDATE ON stock_movement
    BEGIN SELECT RAISE(ABORT, 'stock movements are append-only'); END;
CREATE TRIGGER stock_movement_no_delete BEFORE DELETE ON stock_movement
    BEGIN SELECT RAISE(ABORT, 'stock movements are append-only'); END;

-- The running sum of the ledger per product, kept in the same transaction as each movement.
CREATE TABLE stock_level (
    product_id  TEXT    PRIMARY KEY REFERENCES product (id),
    on_hand     INTEGER NOT NULL,
    updated_at  BIGINT  NOT NULL
);
