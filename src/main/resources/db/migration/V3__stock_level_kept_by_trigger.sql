-- Stock, version 3: the database keeps stock_level equal to the sum of the ledger.
--
-- Why a migration: every writer of stock movements (the sale commit, receivings, adjustments and
-- counts, and later sync applying movements pulled from the shop's other devices) must move on hand
-- by exactly what it adds to the ledger, in the same transaction. A trigger does that for all of
-- them, so no code path can forget it, and it is cheaper on the till's commit than a separate
-- upsert statement rendered and prepared by the application (see docs/benchmarks.md, ADR 7).
-- stock_level stays an ordinary table: the ledger check compares it with SUM(stock_movement).
CREATE TRIGGER stock_movement_moves_on_hand AFTER INSERT ON stock_movement
BEGIN
    INSERT INTO stock_level (product_id, on_hand, updated_at)
    VALUES (NEW.product_id, NEW.quantity, NEW.created_at)
    ON CONFLICT (product_id) DO UPDATE
        SET on_hand = stock_level.on_hand + excluded.on_hand,
            updated_at = max(stock_level.updated_at, excluded.updated_at);
END;
