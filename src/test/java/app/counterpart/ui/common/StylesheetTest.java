package app.counterpart.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The app's stylesheet parses without a single error. JavaFX only logs a parse error and drops what
 * follows it, so a lost brace (easy to lose when two branches append blocks at the end of the file)
 * silently unstyles every screen after it.
 */
class StylesheetTest {

    @Test
    void theStylesheetParsesWithoutErrors() throws Exception {
        URL css = getClass().getResource("/app/counterpart/ui/counterpart.css");
        assertNotNull(css);
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(css);
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertEquals(List.of(), errors);
        assertTrue(sheet.getRules().size() > 50, "the rules after the last block are all there");
    }
}
