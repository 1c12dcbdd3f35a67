package app.counterpart.ui.customers;

import app.counterpart.core.customers.care.CareException;
import app.counterpart.core.customers.timeline.TimelineException;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.I18n;
import java.util.Locale;

/** The person's language for what went wrong with a timeline entry or a care task. */
public final class ServiceTexts {

    private ServiceTexts() {
    }

    public static String describe(Throwable e, I18n i18n) {
        if (e instanceof TimelineException t) {
            return i18n.format("timeline.problem." + t.problem().name().toLowerCase(Locale.ROOT), t.args().toArray());
        }
        if (e instanceof CareException c) {
            return i18n.format("care.problem." + c.problem().name().toLowerCase(Locale.ROOT), c.args().toArray());
        }
        return Errors.describe(e);
    }
}
