package app.counterpart.ui.staff;

import app.counterpart.ui.common.AreaTabs;
import app.counterpart.ui.common.I18n;

/**
 * The staff area: the roster first, then permissions, incentive rules, payouts, goals and performance,
 * each on a tab of its own.
 */
public final class StaffArea extends AreaTabs {

    public StaffArea(I18n i18n) {
        super(i18n, "staff-area");
    }
}
