-- Issue 8, sync with head office. docs/sync-protocol.md is the protocol; this is the shop's side.

-- The hybrid logical clock of this device: the highest stamp it made or saw. Every outbox row is
-- stamped here by trigger, so no writer anywhere can forget to stamp; a pulled change moves the
-- clock up to its stamp (sync.client does that), so a later local edit always sorts after it.
CREATE TABLE hlc_state (
    singleton  INTEGER NOT NULL DEFAULT 1 PRIMARY KEY CHECK (singleton = 1),
    millis     BIGINT  NOT NULL,
    counter    INTEGER NOT NULL
);
INSERT INTO hlc_state (millis, counter) SELECT coalesce(max(created_at), 0), 0 FROM outbox;

ALTER TABLE outbox ADD COLUMN hlc TEXT;
UPDATE outbox SET hlc = printf('%016d-%08d-%s', created_at, seq,
        coalesce((SELECT id FROM device WHERE is_local = 1), '-'));

-- The last stamp of each field of each customer: per-field last-writer-wins when another device's
-- edit of the same customer arrives.
CREATE TABLE customer_field_stamp (
    customer_id  TEXT NOT NULL,
    field        TEXT NOT NULL,
    hlc          TEXT NOT NULL,
    PRIMARY KEY (customer_id, field)
) WITHOUT ROWID;

-- The last stamp of each shared entity edited as a whole (care task, team, rules, settings...).
CREATE TABLE entity_stamp (
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    hlc        TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;

CREATE TRIGGER outbox_hlc AFTER INSERT ON outbox BEGIN
    UPDATE hlc_state SET counter = CASE WHEN NEW.created_at > millis THEN 0 ELSE counter + 1 END,
                         millis = max(millis, NEW.created_at);
    UPDATE outbox SET hlc = (SELECT printf('%016d-%08d-%s', millis, counter,
                                    coalesce((SELECT id FROM device WHERE is_local = 1), '-')) FROM hlc_state)
     WHERE seq = NEW.seq;
    INSERT OR REPLACE INTO customer_field_stamp (customer_id, field, hlc)
        SELECT NEW.entity_id, j.key, (SELECT hlc FROM outbox WHERE seq = NEW.seq)
          FROM json_each(NEW.payload) j
         WHERE NEW.entity = 'customer' AND NEW.payload IS NOT NULL AND json_valid(NEW.payload);
    INSERT OR REPLACE INTO entity_stamp (entity, entity_id, hlc)
        SELECT NEW.entity, NEW.entity_id, (SELECT hlc FROM outbox WHERE seq = NEW.seq)
         WHERE NEW.op = 'upsert' AND NEW.entity <> 'customer';
END;

-- This device's link to head office (one row once enrolled) and where its pull has got to.
CREATE TABLE sync_state (
    singleton         INTEGER NOT NULL DEFAULT 1 PRIMARY KEY CHECK (singleton = 1),
    hq_url            TEXT    NOT NULL,
    shop_id           TEXT    NOT NULL,
    shop_name         TEXT    NOT NULL,
    device_token      TEXT    NOT NULL,
    enrolled_at       BIGINT  NOT NULL,
    pull_cursor       BIGINT  NOT NULL DEFAULT 0,
    last_attempt_at   BIGINT,
    last_success_at   BIGINT,
    last_error        TEXT,
    failures          INTEGER NOT NULL DEFAULT 0
);

-- What will not sync, kept and shown, never dropped: 'out' = head office refused one of this
-- device's mutations (ref = its outbox seq; the outbox row itself is acknowledged and leaves the
-- queue, its content stays here); 'in' = this device could not apply a pulled change (ref = cursor).
CREATE TABLE sync_rejected (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    direction    TEXT    NOT NULL CHECK (direction IN ('out', 'in')),
    ref          BIGINT  NOT NULL,
    mutation_id  TEXT,
    entity       TEXT    NOT NULL,
    entity_id    TEXT    NOT NULL,
    reason       TEXT    NOT NULL,
    data         TEXT,
    at           BIGINT  NOT NULL,
    UNIQUE (direction, ref)
);
