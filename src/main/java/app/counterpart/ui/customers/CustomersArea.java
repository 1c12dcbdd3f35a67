package app.counterpart.ui.customers;

import app.counterpart.ui.common.I18n;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The customers area: the customer list first, then the views built on it (care tasks, retention),
 * each on a tab of its own so the list keeps its place while one looks at the others.
 */
public final class CustomersArea extends TabPane {

    private final I18n i18n;

    public CustomersArea(I18n i18n) {
        this.i18n = i18n;
        setId("customers-area");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
    }

    /** Brings the tab added under this title key to the front; nothing happens for an unknown key. */
    public void show(String titleKey) {
        String id = titleKey.replace('.', '-');
        getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> getSelectionModel().select(t));
    }

    /** Adds a tab titled by the resource-bundle key; its id is the key with dots turned into dashes. */
    public CustomersArea addTab(String titleKey, Node content) {
        Tab tab = new Tab(i18n.text(titleKey), content);
        tab.setId(titleKey.replace('.', '-'));
        getTabs().add(tab);
        return this;
    }
}
