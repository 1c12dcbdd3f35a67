-- Incentive rules as versioned data, the shop's incentive settings, the partner who brought a customer,
-- and the payout ledger of closed periods (issue 7, ADR 0019).

-- One row per version of a rule. A change is a new version; the previous open version only gets its
-- end date (the day the new one starts). Days are ISO business days, effective_to exclusive.
CREATE TABLE incentive_rule (
    rule_id         TEXT    NOT NULL,
    version         INTEGER NOT NULL CHECK (version >= 1),
    kind            TEXT    NOT NULL CHECK (kind IN ('percent_commission', 'tiered_commission',
                                                     'new_customer_bonus', 'referral_bonus', 'team_goal')),
    name            TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
    effective_from  TEXT    NOT NULL,
    effective_to    TEXT,
    who_scope       TEXT    NOT NULL CHECK (who_scope IN ('everyone', 'role', 'kind', 'person')),
    who_value       TEXT,
    target_scope    TEXT    NOT NULL CHECK (target_scope IN ('all', 'category', 'product')),
    target_value    TEXT,
    -- "fromMinor:rateBp" steps separated by ';', e.g. "0:300;5000000:500"; empty for bonuses and goals.
    tiers           TEXT    NOT NULL DEFAULT '',
    amount_minor    BIGINT  NOT NULL DEFAULT 0 CHECK (amount_minor >= 0),
    team_id         TEXT    REFERENCES team (id),
    goal_minor      BIGINT  NOT NULL DEFAULT 0 CHECK (goal_minor >= 0),
    split           TEXT    CHECK (split IN ('by_sales', 'equal')),
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_by      TEXT    REFERENCES staff (id),
    created_at      BIGINT  NOT NULL,
    PRIMARY KEY (rule_id, version),
    CHECK ((who_scope = 'everyone') = (who_value IS NULL)),
    CHECK ((target_scope = 'all') = (target_value IS NULL)),
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);
-- A rule has at most one open version.
CREATE UNIQUE INDEX incentive_rule_one_open ON incentive_rule (rule_id) WHERE effective_to IS NULL;
CREATE TRIGGER incentive_rule_no_update BEFORE UPDATE OF rule_id, version, kind, name, effective_from, who_scope,
    who_value, target_scope, target_value, tiers, amount_minor, team_id, goal_minor, split, active, created_by,
    created_at ON incentive_rule
BEGIN SELECT RAISE(ABORT, 'incentive rule versions are append-only: save a new version instead'); END;
CREATE TRIGGER incentive_rule_close_once BEFORE UPDATE OF effective_to ON incentive_rule
WHEN OLD.effective_to IS NOT NULL OR NEW.effective_to IS NULL
BEGIN SELECT RAISE(ABORT, 'only the open version of a rule gets an end date, once'); END;
CREATE TRIGGER incentive_rule_no_delete BEFORE DELETE ON incentive_rule
BEGIN SELECT RAISE(ABORT, 'incentive rule versions are append-only'); END;

CREATE TABLE incentive_settings (
    singleton        INTEGER PRIMARY KEY CHECK (singleton = 1),
    commission_base  TEXT    NOT NULL CHECK (commission_base IN ('net_of_tax_and_discounts', 'net_of_discounts',
                                                                 'net_of_tax')),
    pay_cycle        TEXT    NOT NULL CHECK (pay_cycle IN ('monthly', 'weekly')),
    updated_at       BIGINT  NOT NULL,
    updated_by       TEXT    REFERENCES staff (id)
);

-- The partner (or any staff member) who brought the customer to the shop: referral bonuses pay them.
ALTER TABLE customer ADD COLUMN brought_by TEXT REFERENCES staff (id);
CREATE INDEX customer_brought_by ON customer (brought_by);

-- The ledger. A period closes once: its row, one payout per person and every application that makes
-- the payouts up are written in one transaction and never change again.
CREATE TABLE payout_period (
    period_key       TEXT    PRIMARY KEY,
    start_day        TEXT    NOT NULL,
    end_day          TEXT    NOT NULL,
    commission_base  TEXT    NOT NULL,
    pay_cycle        TEXT    NOT NULL,
    closed_at        BIGINT  NOT NULL,
    closed_by        TEXT    REFERENCES staff (id),
    CHECK (start_day < end_day)
);
CREATE INDEX payout_period_end ON payout_period (end_day);

CREATE TABLE payout (
    period_key        TEXT    NOT NULL REFERENCES payout_period (period_key),
    staff_id          TEXT    NOT NULL REFERENCES staff (id),
    sales_base_minor  BIGINT  NOT NULL,
    amount_minor      BIGINT  NOT NULL,
    PRIMARY KEY (period_key, staff_id)
);

CREATE TABLE incentive_ledger (
    id                TEXT    PRIMARY KEY,
    period_key        TEXT    NOT NULL REFERENCES payout_period (period_key),
    -- The order the run listed the applications in, so the closed run reads back as it was computed.
    seq               INTEGER NOT NULL,
    staff_id          TEXT    NOT NULL REFERENCES staff (id),
    rule_id           TEXT    NOT NULL,
    rule_version      INTEGER NOT NULL,
    kind              TEXT    NOT NULL,
    reason            TEXT    NOT NULL,
    sale_id           TEXT    REFERENCES sale (id),
    sale_number       TEXT,
    line_id           TEXT    REFERENCES sale_line (id),
    business_day      TEXT,
    base_minor        BIGINT  NOT NULL,
    rate_bp           INTEGER NOT NULL,
    tier_from_minor   BIGINT  NOT NULL,
    amount_minor      BIGINT  NOT NULL,
    UNIQUE (period_key, seq),
    FOREIGN KEY (rule_id, rule_version) REFERENCES incentive_rule (rule_id, version)
);
CREATE INDEX incentive_ledger_staff ON incentive_ledger (period_key, staff_id);
-- A refund in a later period looks up what was paid on the original line, or on the original sale.
CREATE INDEX incentive_ledger_line ON incentive_ledger (line_id) WHERE line_id IS NOT NULL;
CREATE INDEX incentive_ledger_sale ON incentive_ledger (sale_id) WHERE sale_id IS NOT NULL;

CREATE TRIGGER payout_period_no_update BEFORE UPDATE ON payout_period
BEGIN SELECT RAISE(ABORT, 'a closed pay period never changes'); END;
CREATE TRIGGER payout_period_no_delete BEFORE DELETE ON payout_period
BEGIN SELECT RAISE(ABORT, 'a closed pay period never changes'); END;
CREATE TRIGGER payout_no_update BEFORE UPDATE ON payout
BEGIN SELECT RAISE(ABORT, 'payouts of a closed period never change'); END;
CREATE TRIGGER payout_no_delete BEFORE DELETE ON payout
BEGIN SELECT RAISE(ABORT, 'payouts of a closed period never change'); END;
CREATE TRIGGER incentive_ledger_no_update BEFORE UPDATE ON incentive_ledger
BEGIN SELECT RAISE(ABORT, 'the incentive ledger is append-only'); END;
CREATE TRIGGER incentive_ledger_no_delete BEFORE DELETE ON incentive_ledger
BEGIN SELECT RAISE(ABORT, 'the incentive ledger is append-only'); END;
