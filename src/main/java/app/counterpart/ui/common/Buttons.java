package app.counterpart.ui.common;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Dialog buttons in the screen's language. JavaFX's own {@code ButtonType.CANCEL}, {@code OK} and
 * {@code CLOSE} take their text from the machine's language, so a Chinese screen on an English machine
 * would show "Cancel".
 */
public final class Buttons {

    private Buttons() {
    }

    public static ButtonType cancel(I18n i18n) {
        return new ButtonType(i18n.text("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType ok(I18n i18n) {
        return new ButtonType(i18n.text("common.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    public static ButtonType close(I18n i18n) {
        return new ButtonType(i18n.text("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
