package app.counterpart.ui.customers.profile;

import app.counterpart.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens customer profiles, each in a window of its own beside the list (several can be open to compare),
 * with the tabs other features add: {@code profiles.addTab("customers.tab.timeline", id -> new TimelinePane(id))}.
 */
public final class CustomerProfiles {

    private record ExtraTab(String titleKey, Function<String, Node> contentFor) {
    }

    private final Supplier<ProfileViewModel> models;
    private final I18n i18n;
    private final List<ExtraTab> extraTabs = new ArrayList<>();

    /** @param models makes a fresh view model per profile opened */
    public CustomerProfiles(Supplier<ProfileViewModel> models, I18n i18n) {
        this.models = models;
        this.i18n = i18n;
    }

    /** Adds a tab to every profile opened from now on; its content is made for the customer's id. */
    public CustomerProfiles addTab(String titleKey, Function<String, Node> contentForCustomer) {
        extraTabs.add(new ExtraTab(titleKey, contentForCustomer));
        return this;
    }

    /** The profile of one customer as a node, with the extra tabs, loading in the background. */
    public ProfileView view(String customerId) {
        ProfileViewModel model = models.get();
        ProfileView view = new ProfileView(model, i18n);
        for (ExtraTab tab : extraTabs) {
            view.addTab(tab.titleKey(), tab.contentFor().apply(customerId));
        }
        model.load(customerId);
        return view;
    }

    /** Opens the profile in a window owned by {@code owner}, with its look; Esc closes it. */
    public Stage open(Window owner, String customerId, String name) {
        ProfileView view = view(customerId);
        Scene scene = new Scene(view, 1060, 700);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            view.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass().stream()
                    .filter(c -> c.startsWith("theme-")).toList());
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(i18n.format("profile.window", name));
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.show();
        return stage;
    }
}
