-- Version 6: the owner's lifecycle thresholds as data, and each customer's RFM segment and stage.

-- One row: the thresholds of LifecycleRules (see its javadoc), the checks mirroring its own.
CREATE TABLE lifecycle_rules (
    singleton       INTEGER PRIMARY KEY CHECK (singleton = 1),
    new_days        INTEGER NOT NULL CHECK (new_days BETWEEN 1 AND 3650),
    new_max_visits  INTEGER NOT NULL CHECK (new_max_visits BETWEEN 1 AND 1000),
    active_days     INTEGER NOT NULL CHECK (active_days >= 1),
    at_risk_days    INTEGER NOT NULL CHECK (at_risk_days > active_days),
    dormant_days    INTEGER NOT NULL CHECK (dormant_days > at_risk_days AND dormant_days <= 3650),
    updated_at      BIGINT  NOT NULL,
    updated_by      TEXT    REFERENCES staff (id)
);
INSERT INTO lifecycle_rules (singleton, new_days, new_max_visits, active_days, at_risk_days, dormant_days, updated_at)
VALUES (1, 30, 2, 45, 90, 180, 0);

-- Derived, local, recomputed in the background (at start, after the rules change, on a new business day);
-- never synced. r, f, m are quintile scores 1..5 among customers who bought (5 best); a customer who
-- never bought has no scores and no segment, only a stage. computed_at: when this row's values were
-- last computed and found changed. Segment codes: RfmSegment; stage codes: LifecycleStage.
CREATE TABLE customer_segment (
    customer_id  TEXT    PRIMARY KEY REFERENCES customer (id),
    r            INTEGER CHECK (r BETWEEN 1 AND 5),
    f            INTEGER CHECK (f BETWEEN 1 AND 5),
    m            INTEGER CHECK (m BETWEEN 1 AND 5),
    segment      TEXT    CHECK (segment IN ('champions', 'loyal', 'potential_loyalist', 'new', 'promising',
                                            'need_attention', 'about_to_sleep', 'at_risk', 'cant_lose_them',
                                            'hibernating', 'lost')),
    stage        TEXT    NOT NULL CHECK (stage IN ('new', 'active', 'at_risk', 'dormant', 'lost')),
    computed_at  BIGINT  NOT NULL,
    CHECK ((segment IS NULL) = (r IS NULL) AND (r IS NULL) = (f IS NULL) AND (f IS NULL) = (m IS NULL))
);
CREATE INDEX customer_segment_stage ON customer_segment (stage);
CREATE INDEX customer_segment_segment ON customer_segment (segment);
