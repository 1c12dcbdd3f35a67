package app.counterpart.ui.customers.files;

import app.counterpart.ui.common.Buttons;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.session.OwnerApproval;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The customer list's Import… and Export… buttons. Import opens a file, previews it and imports what
 * the person accepts; Export asks for the owner's PIN first unless the owner is signed in, then for the
 * file. The outcome, or why nothing was written, comes in a message box.
 */
public final class CustomerFileTools {

    private final CustomerFilesModel model;
    private final OwnerApproval approval;
    private final I18n i18n;
    private final BooleanSupplier masked;
    private Node anchor;

    /** @param masked whether the person at the screen sees phone numbers masked (for the preview) */
    public CustomerFileTools(CustomerFilesModel model, OwnerApproval approval, I18n i18n, BooleanSupplier masked) {
        this.model = model;
        this.approval = approval;
        this.i18n = i18n;
        this.masked = masked;
        model.statusProperty().addListener((obs, old, text) -> tell(Alert.AlertType.INFORMATION, text));
        model.errorProperty().addListener((obs, old, text) -> tell(Alert.AlertType.WARNING, text));
    }

    /** The two buttons, for the customer list's top bar. */
    public Node[] buttons() {
        Button importButton = new Button(i18n.text("customers.import"), new FontIcon(Feather.UPLOAD));
        importButton.setId("customers-import");
        importButton.setOnAction(e -> chooseCsv(false).ifPresent(file ->
                new CustomerImportDialog(model, i18n, window(), file, masked).showAndApply()));
        Button exportButton = new Button(i18n.text("customers.export"), new FontIcon(Feather.DOWNLOAD));
        exportButton.setId("customers-export");
        exportButton.setOnAction(e -> approval.require("customers.export", i18n.text("customers.export.approveWhy"),
                approver -> chooseCsv(true).ifPresentOrElse(file -> model.export(file, approver),
                        () -> model.refused(i18n.text("customers.export.cancelled"))),
                model::refused));
        importButton.setMinWidth(Region.USE_PREF_SIZE);
        exportButton.setMinWidth(Region.USE_PREF_SIZE);
        anchor = importButton;
        return new Node[] {importButton, exportButton};
    }

    private Window window() {
        return anchor == null || anchor.getScene() == null ? null : anchor.getScene().getWindow();
    }

    private Optional<Path> chooseCsv(boolean save) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text(save ? "customers.export.choose" : "customers.import.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"));
        File file;
        if (save) {
            chooser.setInitialFileName("customers.csv");
            file = chooser.showSaveDialog(window());
        } else {
            file = chooser.showOpenDialog(window());
        }
        return Optional.ofNullable(file).map(File::toPath);
    }

    private void tell(Alert.AlertType type, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Alert alert = new Alert(type, text, Buttons.ok(i18n));
        alert.initOwner(window());
        alert.setHeaderText(null);
        alert.setTitle(i18n.text("customers.title"));
        alert.show();
    }
}
