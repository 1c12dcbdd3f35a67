package app.counterpart.ui.shell;

import app.counterpart.ui.common.I18n;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** An area whose feature has not been built yet says so plainly instead of showing an empty pane. */
public final class PlaceholderView extends VBox {

    public PlaceholderView(Area area, I18n i18n) {
        super(12);
        getStyleClass().add("placeholder");
        setAlignment(Pos.CENTER);
        FontIcon icon = new FontIcon(area.icon());
        icon.getStyleClass().add("placeholder-icon");
        Label title = new Label(i18n.text(area.textKey()));
        title.getStyleClass().add("page-title");
        Label text = new Label(i18n.text(area.textKey() + ".coming"));
        text.getStyleClass().add("placeholder-text");
        text.setWrapText(true);
        text.setMaxWidth(460);
        getChildren().addAll(icon, title, text);
    }
}
