package app.counterpart.ui.sync;

import app.counterpart.ui.common.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Head office's address, the one-time code and Enrol; on the Sync screen and in Settings. */
public final class EnrolForm extends VBox {

    public EnrolForm(EnrolViewModel model, I18n i18n) {
        super(10);
        getStyleClass().addAll("card", "sync-enrol");
        setPadding(new Insets(16, 20, 16, 20));
        Label title = new Label(i18n.text("sync.enrol.title"));
        title.getStyleClass().add("card-title");
        Label help = new Label(i18n.text("sync.enrol.help"));
        help.getStyleClass().add("card-text");
        help.setWrapText(true);

        TextField url = new TextField();
        url.setId("sync-enrol-url");
        url.setPromptText("https://hq.example.com");
        url.setPrefColumnCount(28);
        url.textProperty().bindBidirectional(model.urlProperty());
        TextField code = new TextField();
        code.setId("sync-enrol-code");
        code.setPrefColumnCount(12);
        code.setMaxWidth(Region.USE_PREF_SIZE);
        code.textProperty().bindBidirectional(model.codeProperty());
        Button enrol = new Button(i18n.text("sync.enrol.button"));
        enrol.setId("sync-enrol");
        enrol.getStyleClass().add("accent");
        enrol.disableProperty().bind(model.busyProperty());
        enrol.setOnAction(e -> model.enrol());
        // Enter in either field enrols, as the button would.
        url.setOnAction(e -> model.enrol());
        code.setOnAction(e -> model.enrol());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(20, 20);
        busy.visibleProperty().bind(model.busyProperty());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, new Label(i18n.text("sync.enrol.url")), url);
        form.addRow(1, new Label(i18n.text("sync.enrol.code")), code);
        GridPane.setHgrow(url, Priority.ALWAYS);
        HBox actions = new HBox(10, enrol, busy);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("sync-enrol-error");
        error.setWrapText(true);
        error.getStyleClass().add("error-banner");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label done = new Label();
        done.setId("sync-enrol-done");
        done.getStyleClass().add("success-banner");
        done.textProperty().bind(model.doneProperty());
        done.visibleProperty().bind(model.doneProperty().isNotEmpty());
        done.managedProperty().bind(done.visibleProperty());
        getChildren().addAll(title, help, form, actions, error, done);
    }
}
