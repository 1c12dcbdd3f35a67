package app.counterpart.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * An area of the app made of tabs (customers, staff): each view on a tab of its own, so a list keeps
 * its place while one looks at the others. Tabs are named by resource-bundle keys.
 */
public class AreaTabs extends TabPane {

    private final I18n i18n;

    public AreaTabs(I18n i18n, String id) {
        this.i18n = i18n;
        setId(id);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
    }

    /** Brings the tab added under this title key to the front; nothing happens for an unknown key. */
    public void show(String titleKey) {
        String id = titleKey.replace('.', '-');
        getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> getSelectionModel().select(t));
    }

    /** Adds a tab titled by the resource-bundle key; its id is the key with dots turned into dashes. */
    public AreaTabs addTab(String titleKey, Node content) {
        Tab tab = new Tab(i18n.text(titleKey), content);
        tab.setId(titleKey.replace('.', '-'));
        getTabs().add(tab);
        return this;
    }
}
