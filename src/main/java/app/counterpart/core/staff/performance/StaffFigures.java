package app.counterpart.core.staff.performance;

/**
 * One person's raw counts over a range of business days, as the store adds them up. Sales are
 * attributed to the person who served (a partner may serve; a cashier may ring up for them).
 *
 * @param netSalesMinor sales less refunds and voids, tax included, in minor units
 * @param salesCount sales not voided
 * @param itemCount items sold less items refunded or voided
 * @param customersServed distinct members among the sales
 * @param memberSales sales to a member
 * @param returningSales member sales whose customer had bought before that sale
 * @param notesWritten service notes the person wrote
 * @param careTasksDone care tasks the person marked done
 */
public record StaffFigures(String staffId, long netSalesMinor, long salesCount, long itemCount, long customersServed,
        long memberSales, long returningSales, long notesWritten, long careTasksDone) {

    public static StaffFigures none(String staffId) {
        return new StaffFigures(staffId, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public StaffFigures plus(StaffFigures o) {
        return new StaffFigures(staffId, netSalesMinor + o.netSalesMinor, salesCount + o.salesCount,
                itemCount + o.itemCount, customersServed + o.customersServed, memberSales + o.memberSales,
                returningSales + o.returningSales, notesWritten + o.notesWritten, careTasksDone + o.careTasksDone);
    }

    public boolean isEmpty() {
        return equals(none(staffId));
    }
}
