package app.counterpart.ui.sell.receipt;

import app.counterpart.core.sell.receipt.Code128Decoder;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;

/**
 * Reads a barcode off rendered pixels the way a laser scanner does: one line across the middle of the
 * bars, dark or light at the centre of each module, then decoded with the test-side decoder.
 */
final class ScannedBarcode {

    private ScannedBarcode() {
    }

    static String read(BufferedImage image, Bounds bars) {
        int y = (int) Math.round(bars.getMinY() + bars.getHeight() / 2);
        int from = (int) Math.floor(bars.getMinX());
        int to = Math.min(image.getWidth(), (int) Math.ceil(bars.getMaxX()));
        List<Double> runs = new ArrayList<>();
        int x = from;
        while (x < to && !dark(image, x, y)) {
            x++;
        }
        int end = to;
        while (end > x && !dark(image, end - 1, y)) {
            end--;
        }
        while (x < end) {
            boolean ink = dark(image, x, y);
            int start = x;
            while (x < end && dark(image, x, y) == ink) {
                x++;
            }
            runs.add((double) (x - start));
        }
        return Code128Decoder.decodeScan(runs);
    }

    private static boolean dark(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        int lum = ((rgb >> 16) & 0xff) * 3 + ((rgb >> 8) & 0xff) * 6 + (rgb & 0xff);
        return lum < 128 * 10;
    }
}
