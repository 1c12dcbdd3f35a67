package app.counterpart.ui.staff.incentives;

import app.counterpart.core.incentives.IncentiveException;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.I18n;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** A failure of the incentive store in the person's language: what was refused and why. */
final class IncentiveErrors {

    private IncentiveErrors() {
    }

    static String describe(Throwable e, I18n i18n) {
        Throwable t = e;
        while (t != null && !(t instanceof IncentiveException)) {
            t = t.getCause();
        }
        if (t instanceof IncentiveException refused) {
            DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale());
            Object[] args = refused.args().stream().map(a -> a instanceof LocalDate d ? date.format(d) : a).toArray();
            return i18n.format("incentives.error." + refused.problem().name(), args);
        }
        return Errors.describe(e);
    }
}
