package app.counterpart.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.paint.Color;

/** Light and dark looks: AtlantaFX's Primer themes plus the colours the tiles need to match. */
public enum Theme {
    LIGHT, DARK;

    public static Theme of(String code) {
        return "dark".equalsIgnoreCase(code) ? DARK : LIGHT;
    }

    public String code() {
        return this == DARK ? "dark" : "light";
    }

    /** The binary form of the theme's stylesheet: the text form takes JavaFX a few hundred ms to parse at start. */
    public void applyUserAgentStylesheet() {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }

    public Color tileBackground() {
        return this == DARK ? Color.web("#1c2128") : Color.WHITE;
    }

    public Color tileForeground() {
        return this == DARK ? Color.web("#e6edf3") : Color.web("#1f2328");
    }

    public Color tileMuted() {
        return this == DARK ? Color.web("#8d96a0") : Color.web("#656d76");
    }

    public Color accent() {
        return this == DARK ? Color.web("#d9825b") : Color.web("#b5532f");
    }

    public Color positive() {
        return this == DARK ? Color.web("#3fb950") : Color.web("#1a7f37");
    }

    public Color negative() {
        return this == DARK ? Color.web("#f85149") : Color.web("#cf222e");
    }

    /** Style class put on the scene root so the app's own stylesheet can follow the theme. */
    public String styleClass() {
        return this == DARK ? "theme-dark" : "theme-light";
    }
}
