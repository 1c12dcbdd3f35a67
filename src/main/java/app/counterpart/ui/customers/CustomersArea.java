package app.counterpart.ui.customers;

import app.counterpart.ui.common.AreaTabs;
import app.counterpart.ui.common.I18n;

/**
 * The customers area: the customer list first, then the views built on it (care tasks, retention),
 * each on a tab of its own so the list keeps its place while one looks at the others.
 */
public final class CustomersArea extends AreaTabs {

    public CustomersArea(I18n i18n) {
        super(i18n, "customers-area");
    }
}
