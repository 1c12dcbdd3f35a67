-- Issue 8, applying what a device pulls (ADR 0025): per-field stamps of local edits, so that an edit
-- pulled from another device wins field by field on the HLC, whatever order the edits arrive in.

-- The last stamp of each field of each shared entity other than customers (care tasks, teams,
-- rules, settings, staff...). Their outbox payloads carry only the fields an edit changed (a care task
-- snoozed on one till and done on another), so a stamp per entity would let the later of two edits
-- of different fields throw the earlier one away on one device and not on the other.
CREATE TABLE entity_field_stamp (
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    field      TEXT NOT NULL,
    hlc        TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id, field)
) WITHOUT ROWID;

-- Every device makes the day's care tasks, so two devices can make the same task (rule, customer, due
-- day) under two ids: the task here stands for both, and the other device's id for it is kept here,
-- so that device's later edits of the task (done, snoozed) find it.
CREATE TABLE care_task_alias (
    id       TEXT NOT NULL PRIMARY KEY,
    task_id  TEXT NOT NULL REFERENCES care_task (id)
) WITHOUT ROWID;

-- Runs when V13's outbox_hlc trigger has stamped the new row. Edits write their changed fields under
-- "fields" ({"fields":{...},"at":...,"by":...}); V13 stamped the payload's top-level keys, which for
-- those payloads are "fields", "at" and "by": the customer's real fields are stamped here instead.
CREATE TRIGGER outbox_field_stamp AFTER UPDATE OF hlc ON outbox
WHEN NEW.hlc IS NOT NULL AND NEW.op = 'upsert' AND NEW.payload IS NOT NULL AND json_valid(NEW.payload)
BEGIN
    INSERT OR REPLACE INTO customer_field_stamp (customer_id, field, hlc)
        SELECT NEW.entity_id, j.key, NEW.hlc FROM json_each(NEW.payload, '$.fields') j
         WHERE NEW.entity = 'customer' AND json_type(NEW.payload, '$.fields') = 'object';
    DELETE FROM customer_field_stamp
     WHERE NEW.entity = 'customer' AND json_type(NEW.payload, '$.fields') = 'object'
       AND customer_id = NEW.entity_id AND field IN ('fields', 'at', 'by');
    INSERT OR REPLACE INTO entity_field_stamp (entity, entity_id, field, hlc)
        SELECT NEW.entity, NEW.entity_id, j.key, NEW.hlc
          FROM json_each(NEW.payload,
                         CASE WHEN json_type(NEW.payload, '$.fields') = 'object' THEN '$.fields' ELSE '$' END) j
         WHERE NEW.entity <> 'customer';
END;

-- Customer stamps V13 wrote under the wrapper's keys carry no field; drop them.
DELETE FROM customer_field_stamp WHERE field IN ('fields', 'at', 'by');
