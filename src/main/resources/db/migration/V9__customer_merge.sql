-- Duplicate customers and their merge (issue 6, ADR 0017).

-- A merged customer stays as a tombstone: hidden from lists and search, never deleted, pointing at the
-- customer it became. Its phone number moves to the merge record (the number is UNIQUE and the survivor
-- may take it).
ALTER TABLE customer ADD COLUMN merged_into TEXT REFERENCES customer (id);
ALTER TABLE customer ADD COLUMN merged_at BIGINT;
ALTER TABLE customer ADD COLUMN merged_by TEXT REFERENCES staff (id);
-- A phone number this record arrived with that another record already held: two devices created the
-- same customer offline. The record keeps no phone until the owner merges the two.
ALTER TABLE customer ADD COLUMN held_phone TEXT;
CREATE INDEX customer_merged_into ON customer (merged_into);

-- One row per merge: who, when, who approved, what each record was before, and what moved.
CREATE TABLE customer_merge (
    id              TEXT    PRIMARY KEY,
    merged_id       TEXT    NOT NULL UNIQUE REFERENCES customer (id),
    survivor_id     TEXT    NOT NULL REFERENCES customer (id),
    at              BIGINT  NOT NULL,
    merged_by       TEXT    REFERENCES staff (id),
    approved_by     TEXT    REFERENCES staff (id),
    merged_before   TEXT    NOT NULL,
    survivor_before TEXT    NOT NULL,
    moved           TEXT    NOT NULL,
    CHECK (merged_id <> survivor_id)
);
CREATE INDEX customer_merge_survivor ON customer_merge (survivor_id);
CREATE TRIGGER customer_merge_no_update BEFORE UPDATE ON customer_merge BEGIN SELECT RAISE(ABORT, 'merges are append-only'); END;
CREATE TRIGGER customer_merge_no_delete BEFORE DELETE ON customer_merge BEGIN SELECT RAISE(ABORT, 'merges are append-only'); END;

-- Pairs the owner said are two people (twins, a common name with the same birthday): not shown again.
CREATE TABLE customer_distinct (
    first_id    TEXT    NOT NULL REFERENCES customer (id),
    second_id   TEXT    NOT NULL REFERENCES customer (id),
    decided_by  TEXT    REFERENCES staff (id),
    decided_at  BIGINT  NOT NULL,
    PRIMARY KEY (first_id, second_id),
    CHECK (first_id < second_id)
);

-- Sales, service notes and store credit entries stay append-only, with one exception the database
-- checks itself: moving a row from a merged customer to the customer it was merged into.
DROP TRIGGER sale_no_update;
CREATE TRIGGER sale_no_update BEFORE UPDATE OF id, number, kind, original_sale_id, device_id, shift_id, cashier_id,
    served_by_id, created_at, business_day, hour, currency, subtotal_minor, discount_minor, tax_minor, total_minor,
    cost_minor, item_count ON sale
BEGIN SELECT RAISE(ABORT, 'sale rows are append-only'); END;
CREATE TRIGGER sale_customer_only_to_survivor BEFORE UPDATE OF customer_id ON sale
WHEN OLD.customer_id IS NULL OR NEW.customer_id IS NOT (SELECT merged_into FROM customer WHERE id = OLD.customer_id)
BEGIN SELECT RAISE(ABORT, 'a sale moves only from a merged customer to its survivor'); END;

DROP TRIGGER service_note_no_update;
CREATE TRIGGER service_note_no_update BEFORE UPDATE OF id, staff_id, kind, body, corrects_id, created_at ON service_note
BEGIN SELECT RAISE(ABORT, 'service notes are append-only: add a correction instead of changing a note'); END;
CREATE TRIGGER service_note_customer_only_to_survivor BEFORE UPDATE OF customer_id ON service_note
WHEN NEW.customer_id IS NOT (SELECT merged_into FROM customer WHERE id = OLD.customer_id)
BEGIN SELECT RAISE(ABORT, 'a service note moves only from a merged customer to its survivor'); END;

DROP TRIGGER store_credit_no_update;
CREATE TRIGGER store_credit_no_update BEFORE UPDATE OF id, amount_minor, kind, sale_id, at ON store_credit
BEGIN SELECT RAISE(ABORT, 'store credit entries are append-only'); END;
CREATE TRIGGER store_credit_customer_only_to_survivor BEFORE UPDATE OF customer_id ON store_credit
WHEN NEW.customer_id IS NOT (SELECT merged_into FROM customer WHERE id = OLD.customer_id)
BEGIN SELECT RAISE(ABORT, 'a store credit entry moves only from a merged customer to its survivor'); END;
