package app.counterpart.ui.backup;

import app.counterpart.ui.common.I18n;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Settings' backups card: where they are, the last one, the list, Back up now and Restore…. */
public final class BackupsSection extends VBox {

    public BackupsSection(BackupsViewModel model, I18n i18n) {
        super(12);
        Label title = new Label(i18n.text("backup.title"));
        title.getStyleClass().add("card-title");
        Label folder = new Label();
        folder.setId("backups-folder");
        folder.getStyleClass().add("mono");
        folder.textProperty().bind(model.folderProperty());
        Label last = new Label();
        last.setId("backups-last");
        last.textProperty().bind(model.lastBackupProperty());
        GridPane form = new GridPane();
        form.setHgap(16);
        form.setVgap(10);
        form.addRow(0, new Label(i18n.text("backup.folder")), folder);
        form.addRow(1, new Label(i18n.text("backup.last")), last);

        Button now = new Button(i18n.text("backup.now"));
        now.setId("backups-now");
        now.disableProperty().bind(model.busyProperty());
        now.setOnAction(e -> model.backUpNow());
        Label policy = new Label(i18n.text("backup.policy"));
        policy.setWrapText(true);
        policy.getStyleClass().add("status-text");

        getChildren().addAll(title, form, policy, new BackupsPane(model, i18n, now));
        getStyleClass().add("card");
        setPadding(new Insets(20));
        model.load();
    }
}
