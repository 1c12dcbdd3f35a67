package app.counterpart.ui.settings;

import app.counterpart.ui.common.I18n;
import app.counterpart.ui.sync.EnrolForm;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Settings' head-office card: the connection, the enrolment form while there is none, the sync interval. */
public final class HeadOfficeSection extends VBox {

    public HeadOfficeSection(HeadOfficeSettingsModel model, I18n i18n) {
        super(12);
        Label title = new Label(i18n.text("settings.sync.title"));
        title.getStyleClass().add("card-title");
        Label connection = new Label();
        connection.setId("settings-sync-connection");
        connection.setWrapText(true);
        connection.textProperty().bind(model.connectionProperty());

        TextField interval = new TextField();
        interval.setId("settings-sync-interval");
        interval.setPrefColumnCount(6);
        interval.textProperty().bindBidirectional(model.intervalProperty());
        interval.setOnAction(e -> model.saveInterval());
        Button save = new Button(i18n.text("settings.sync.interval.save"));
        save.setId("settings-sync-interval-save");
        save.setOnAction(e -> model.saveInterval());
        HBox intervalRow = new HBox(8, interval, new Label(i18n.text("settings.sync.interval.unit")), save);
        intervalRow.setAlignment(Pos.CENTER_LEFT);
        GridPane form = new GridPane();
        form.setHgap(16);
        form.setVgap(10);
        form.addRow(0, new Label(i18n.text("settings.sync.interval")), intervalRow);

        Label message = new Label();
        message.getStyleClass().add("status-text");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Label error = new Label();
        error.getStyleClass().add("error-banner");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        VBox card = new VBox(12, title, connection, form, message, error);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(20));

        EnrolForm enrol = new EnrolForm(model.enrol(), i18n);
        enrol.visibleProperty().bind(model.enrolledProperty().not());
        enrol.managedProperty().bind(enrol.visibleProperty());
        getChildren().addAll(card, enrol);
        model.load();
    }
}
