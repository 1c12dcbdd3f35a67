package app.counterpart.ui.staff.incentives;

import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.I18n;

/** A failure of the incentive store in the person's language: what was refused and why. */
final class IncentiveErrors {

    private IncentiveErrors() {
    }

    static String describe(Throwable e, I18n i18n) {
        return Errors.describe(e);
    }
}
