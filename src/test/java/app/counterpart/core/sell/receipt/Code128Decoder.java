package app.counterpart.core.sell.receipt;

import com.lowagie.text.pdf.Barcode128;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Code 128 module pattern back to text, as a scanner would: quiet zones, start code, symbols,
 * checksum and stop. Its table of bar widths comes from OpenPDF's encoder, not from {@link Code128},
 * so a wrong width in our table cannot hide behind the same mistake in the decoder.
 */
public final class Code128Decoder {

    private static final Map<String, Integer> VALUES = new HashMap<>();

    static {
        for (int v = 0; v <= 106; v++) {
            VALUES.put(widthsOf(v), v);
        }
    }

    private Code128Decoder() {
    }

    /** The widths of one symbol value as OpenPDF draws it: six digits, seven for the stop code. */
    static String widthsOf(int value) {
        if (value == Code128.STOP) {
            // [start B][0][checksum][stop]: the stop code's seven widths start at element 18.
            byte[] bars = Barcode128.getBarsCode128Raw("" + (char) Code128.START_B + (char) 0);
            return widths(bars, 18, 7);
        }
        // [start B][value] then checksum and stop: the value's widths are elements 6 to 11.
        byte[] bars = Barcode128.getBarsCode128Raw("" + (char) Code128.START_B + (char) value);
        return widths(bars, 6, 6);
    }

    private static String widths(byte[] bars, int from, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            out.append(bars[i]);
        }
        return out.toString();
    }

    /** Decodes modules with quiet zones, as {@link Code128#modules()} gives them. */
    public static String decode(boolean[] modules) {
        for (int i = 0; i < Code128.QUIET_ZONE; i++) {
            if (modules[i] || modules[modules.length - 1 - i]) {
                throw new IllegalArgumentException("no quiet zone");
            }
        }
        List<Double> runs = new ArrayList<>();
        int x = 0;
        while (!modules[x]) {
            x++;
        }
        int end = modules.length;
        while (!modules[end - 1]) {
            end--;
        }
        while (x < end) {
            boolean ink = modules[x];
            int start = x;
            while (x < end && modules[x] == ink) {
                x++;
            }
            runs.add((double) (x - start));
        }
        return decodeScan(runs);
    }

    /**
     * Decodes the widths of the bars and spaces met along a scan line, first bar to last, in any unit.
     * Like a real scanner it scales each symbol by its own width (11 modules, 13 for the stop code),
     * so a print a little wider or narrower than planned still reads.
     */
    public static String decodeScan(List<Double> runs) {
        if (runs.size() < 13 || (runs.size() - 7) % 6 != 0) {
            throw new IllegalArgumentException("not a whole number of symbols: " + runs.size() + " elements");
        }
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i + 7 < runs.size(); i += 6) {
            values.add(lookup(runs.subList(i, i + 6), 11));
        }
        if (lookup(runs.subList(runs.size() - 7, runs.size()), 13) != Code128.STOP) {
            throw new IllegalArgumentException("no stop code");
        }
        int check = values.remove(values.size() - 1);
        long sum = values.get(0);
        for (int k = 1; k < values.size(); k++) {
            sum += (long) k * values.get(k);
        }
        if (sum % 103 != check) {
            throw new IllegalArgumentException("bad checksum");
        }
        return text(values);
    }

    private static String text(List<Integer> values) {
        StringBuilder out = new StringBuilder();
        char set = switch (values.get(0)) {
            case 104 -> 'B';
            case 105 -> 'C';
            default -> throw new IllegalArgumentException("unexpected start code " + values.get(0));
        };
        for (int v : values.subList(1, values.size())) {
            if (set == 'B') {
                if (v == 99) {
                    set = 'C';
                } else if (v < 95) {
                    out.append((char) (v + 32));
                } else {
                    throw new IllegalArgumentException("unexpected value in set B: " + v);
                }
            } else if (v == 100) {
                set = 'B';
            } else if (v < 100) {
                out.append(v / 10).append(v % 10);
            } else {
                throw new IllegalArgumentException("unexpected value in set C: " + v);
            }
        }
        return out.toString();
    }

    private static int lookup(List<Double> runs, int modules) {
        double total = runs.stream().mapToDouble(Double::doubleValue).sum();
        StringBuilder key = new StringBuilder();
        for (double r : runs) {
            key.append(Math.round(r * modules / total));
        }
        Integer v = VALUES.get(key.toString());
        if (v == null) {
            throw new IllegalArgumentException("no symbol has widths " + key);
        }
        return v;
    }
}
