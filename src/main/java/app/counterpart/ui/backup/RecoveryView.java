package app.counterpart.ui.backup;

import app.counterpart.ui.common.I18n;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Shown instead of the main window when the shop's data file cannot be used: what happened in plain
 * words, the backups newest first with Restore…, and where the data folder is. The damaged file is moved
 * aside, never deleted, when a backup replaces it.
 */
public final class RecoveryView extends VBox {

    public RecoveryView(BackupsViewModel model, String problem, String dataDir, I18n i18n) {
        super(14);
        setId("recovery");
        setPadding(new Insets(32));
        setMaxWidth(880);
        Label title = new Label(i18n.text("recovery.title"));
        title.getStyleClass().add("page-title");
        Label what = new Label(i18n.text("recovery.what"));
        what.setWrapText(true);
        Label detail = new Label(problem);
        detail.setId("recovery-problem");
        detail.setWrapText(true);
        detail.getStyleClass().add("error-banner");
        Label next = new Label(i18n.text("recovery.next"));
        next.setWrapText(true);
        Label folderLabel = new Label(i18n.text("recovery.folder"));
        TextField folder = new TextField(dataDir);
        folder.setId("recovery-folder");
        folder.setEditable(false);
        folder.getStyleClass().add("mono");
        getChildren().addAll(title, what, detail, next, new BackupsPane(model, i18n), folderLabel, folder);
        model.load();
    }
}
