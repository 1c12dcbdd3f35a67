package app.counterpart.ui.sell.receipt;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Fonts for till slips written as PDF: Latin in a fixed-width face, Chinese in a face that has it,
 * found where Linux, Windows and macOS keep them; {@link SlipPdf} takes its sizes from here, so a Z
 * report and a receipt from one till print alike.
 */
final class PdfSlipFonts {

    private static final System.Logger LOG = System.getLogger("app.counterpart.ui");

    private static final List<String> LATIN = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
            "C:/Windows/Fonts/consola.ttf",
            "/System/Library/Fonts/Menlo.ttc,0");
    private static final List<String> LATIN_BOLD = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
            "C:/Windows/Fonts/consolab.ttf",
            "/System/Library/Fonts/Menlo.ttc,1");
    private static final List<String> CHINESE = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "C:/Windows/Fonts/msyh.ttc,0",
            "C:/Windows/Fonts/simsun.ttc,0",
            "/System/Library/Fonts/PingFang.ttc,0");
    private static final List<String> CHINESE_BOLD = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc,2",
            "C:/Windows/Fonts/msyhbd.ttc,0");

    private PdfSlipFonts() {
    }

    /**
     * Each character is set in the first font that has it: Latin in the fixed-width face, Chinese in
     * the Chinese one. Without a bold file the regular face is emboldened.
     */
    static FontSelector selector(float size, boolean heavy, Color colour) {
        FontSelector selector = new FontSelector();
        Optional<BaseFont> latin = font(heavy ? LATIN_BOLD : LATIN);
        selector.addFont(latin.isPresent() ? new Font(latin.get(), size, Font.NORMAL, colour)
                : new Font(Font.COURIER, size, heavy ? Font.BOLD : Font.NORMAL, colour));
        Optional<BaseFont> chinese = heavy ? font(CHINESE_BOLD).or(() -> font(CHINESE)) : font(CHINESE);
        boolean fakeBold = heavy && font(CHINESE_BOLD).isEmpty();
        // Without a Chinese font the Latin text still prints; Chinese names would be left out.
        chinese.ifPresent(f -> selector.addFont(new Font(f, size, fakeBold ? Font.BOLD : Font.NORMAL, colour)));
        return selector;
    }

    /** OpenPDF keeps each font it has parsed, so asking again for another size costs nothing. */
    private static Optional<BaseFont> font(List<String> candidates) {
        for (String candidate : candidates) {
            int comma = candidate.lastIndexOf(',');
            String file = comma > 0 && candidate.substring(comma + 1).matches("\\d+") ? candidate.substring(0, comma)
                    : candidate;
            if (Files.isReadable(Path.of(file))) {
                try {
                    return Optional.of(BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
                } catch (DocumentException | IOException e) {
                    // A damaged or unexpected font file: the next candidate may do.
                    LOG.log(System.Logger.Level.WARNING, "cannot use font " + candidate, e);
                }
            }
        }
        return Optional.empty();
    }
}
