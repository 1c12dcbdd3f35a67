package app.counterpart.core.sell;

import app.counterpart.core.sales.Sale;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the till keeps in the store: shifts, cart drafts, and sales committed from carts. */
public interface TillRepository {

    /** The open shift of this device, if any. */
    Optional<Shift> openShift();

    Optional<Shift> shift(String id);

    /** Opens a shift; refuses with {@link SellException.Problem#SHIFT_ALREADY_OPEN} if one is open. */
    void openShift(Shift shift);

    void addCashMovement(CashMovement movement);

    List<CashMovement> cashMovements(String shiftId);

    /** The shift's running totals, as maintained by each sale's transaction. */
    ShiftTally tally(String shiftId);

    /** Closes a shift with the cash counted and expected; returns the closed shift. */
    Shift closeShift(String shiftId, String staffId, Instant at, long countedMinor, long expectedMinor);

    /**
     * Saves a cart as this till's open draft (or as parked), replacing the previous save of the same
     * cart. Called as the cart changes, so a crash loses nothing the cashier rang up.
     */
    void saveDraft(Cart cart, boolean parked);

    /** The cart that was open on this till when it last stopped, with product names filled in. */
    Optional<Cart> openDraft();

    Optional<Cart> draft(String cartId);

    List<ParkedCart> parkedCarts();

    void deleteDraft(String cartId);

    /**
     * Stores a sale (numbered here, in the same transaction: device code, business day, running number)
     * and deletes the draft of the cart it came from. A sale whose id is already stored is not stored
     * again; the stored one is returned, so paying twice makes one sale.
     */
    Sale commit(Sale sale, String deviceCode);

    /** A sale by its number (what the receipt barcode holds) or its id. */
    Optional<Sale> findSale(String numberOrId);

    /** Refunds and voids that reference a sale, newest first. */
    List<Sale> reversalsOf(String saleId);

    /** Recent sales of this device, newest first, for reprints and refunds. */
    List<Sale> recentSales(int limit);

    /** Store credit a customer holds: refunds to store credit less store credit spent. */
    long storeCreditBalance(String customerId);

    /** Records a sensitive till action (sign-in, approval, cash movement) with who did it. */
    void audit(String staffId, String action, String entity, String entityId, String detail);
}
