package app.counterpart.ui.shell;

import javafx.scene.Node;

/** Builds the screen of an area; the app's wiring knows which repositories each screen needs. */
@FunctionalInterface
public interface AreaContent {

    Node create(Area area);
}
