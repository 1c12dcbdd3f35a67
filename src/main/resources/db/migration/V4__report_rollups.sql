-- Report rollups, kept in the sale transaction like rollup_day, so every report reads days, not lines.
-- All figures are net: refunds and voids subtract.

CREATE TABLE rollup_product_day (
    business_day    TEXT    NOT NULL,
    product_id      TEXT    NOT NULL REFERENCES product (id),
    quantity        INTEGER NOT NULL DEFAULT 0,
    revenue_minor   BIGINT  NOT NULL DEFAULT 0,
    tax_minor       BIGINT  NOT NULL DEFAULT 0,
    cost_minor      BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (business_day, product_id)
);

-- Per person who served the sale (which may differ from the cashier who rang it up).
CREATE TABLE rollup_staff_day (
    business_day    TEXT    NOT NULL,
    staff_id        TEXT    NOT NULL REFERENCES staff (id),
    sales_count     INTEGER NOT NULL DEFAULT 0,
    revenue_minor   BIGINT  NOT NULL DEFAULT 0,
    item_count      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (business_day, staff_id)
);

CREATE TABLE rollup_tender_day (
    business_day    TEXT    NOT NULL,
    tender          TEXT    NOT NULL,
    payment_count   INTEGER NOT NULL DEFAULT 0,
    amount_minor    BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (business_day, tender)
);

-- Customers: a sale with a customer is "new" when it is that customer's first sale ever.
ALTER TABLE rollup_day ADD COLUMN customer_sales INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_day ADD COLUMN new_customer_sales INTEGER NOT NULL DEFAULT 0;

-- Stores created before this version: build the new rollups from the rows already there.
-- (The same definitions live in RollupDefinitions.java, which `counterpart rollups --verify` checks.)
INSERT INTO rollup_product_day (business_day, product_id, quantity, revenue_minor, tax_minor, cost_minor)
SELECT s.business_day, l.product_id, SUM(l.quantity), SUM(l.total_minor), SUM(l.tax_minor), SUM(l.cost_minor)
FROM sale_line l JOIN sale s ON s.id = l.sale_id
GROUP BY s.business_day, l.product_id;

INSERT INTO rollup_staff_day (business_day, staff_id, sales_count, revenue_minor, item_count)
SELECT business_day, served_by_id,
       SUM(CASE kind WHEN 'sale' THEN 1 WHEN 'void' THEN -1 ELSE 0 END), SUM(total_minor), SUM(item_count)
FROM sale
GROUP BY business_day, served_by_id;

INSERT INTO rollup_tender_day (business_day, tender, payment_count, amount_minor)
SELECT s.business_day, p.tender,
       SUM(CASE s.kind WHEN 'sale' THEN 1 WHEN 'void' THEN -1 ELSE 0 END), SUM(p.amount_minor)
FROM payment p JOIN sale s ON s.id = p.sale_id
GROUP BY s.business_day, p.tender;

UPDATE rollup_day SET
    customer_sales = (SELECT COUNT(*) FROM sale s
                      WHERE s.business_day = rollup_day.business_day AND s.kind = 'sale' AND s.customer_id IS NOT NULL),
    new_customer_sales = (SELECT COUNT(*) FROM sale s
                          WHERE s.business_day = rollup_day.business_day AND s.kind = 'sale'
                            AND s.customer_id IS NOT NULL
                            AND NOT EXISTS (SELECT 1 FROM sale e WHERE e.customer_id = s.customer_id
                                            AND e.kind = 'sale'
                                            AND (e.created_at < s.created_at
                                                 OR (e.created_at = s.created_at AND e.id < s.id))));

-- Per customer: first and last visit, visits (net of voids) and net spending, for new-vs-returning,
-- lifecycle stages and "customers to care for" without scanning sales.
CREATE TABLE customer_stats (
    customer_id     TEXT    PRIMARY KEY REFERENCES customer (id),
    first_sale_at   BIGINT,
    first_sale_id   TEXT,
    first_sale_day  TEXT,
    last_sale_at    BIGINT,
    visits          INTEGER NOT NULL DEFAULT 0,
    revenue_minor   BIGINT  NOT NULL DEFAULT 0
);
CREATE INDEX customer_stats_last ON customer_stats (last_sale_at);

INSERT INTO customer_stats (customer_id, first_sale_at, first_sale_id, first_sale_day, last_sale_at, visits,
                            revenue_minor)
SELECT c.customer_id, f.created_at, f.id, f.business_day, c.last_at, c.visits, c.revenue
FROM (SELECT customer_id,
             MAX(CASE WHEN kind = 'sale' THEN created_at END) AS last_at,
             SUM(CASE kind WHEN 'sale' THEN 1 WHEN 'void' THEN -1 ELSE 0 END) AS visits,
             SUM(total_minor) AS revenue
      FROM sale WHERE customer_id IS NOT NULL GROUP BY customer_id) c
LEFT JOIN sale f ON f.customer_id = c.customer_id AND f.kind = 'sale'
     AND NOT EXISTS (SELECT 1 FROM sale e WHERE e.customer_id = f.customer_id AND e.kind = 'sale'
                     AND (e.created_at < f.created_at OR (e.created_at = f.created_at AND e.id < f.id)));
