package app.counterpart.core.sell.receipt;

import java.util.ArrayList;
import java.util.List;

/**
 * A Code 128 symbol for printable ASCII text, as the module pattern a renderer draws: start code,
 * data, checksum, stop and a quiet zone on each side. Code set B carries any printable character;
 * runs of digits switch to code set C (two digits per symbol), which keeps a sale number such as
 * {@code T1-20261128-0001} narrow enough for 58 mm paper. The screen, the printer and the PDF all
 * draw from this one encoder, so a receipt scans the same whichever way it was produced.
 */
public final class Code128 {

    /** Blank modules on each side; the standard asks for at least ten. */
    public static final int QUIET_ZONE = 10;

    static final int CODE_C = 99;
    static final int CODE_B = 100;
    static final int START_B = 104;
    static final int START_C = 105;
    static final int STOP = 106;

    /**
     * Element widths of every symbol value, bar first, alternating bar and space. Values 0–105 have
     * six elements of 11 modules; the stop symbol (106) has seven of 13 modules, ending on a bar.
     */
    static final String[] PATTERNS = {
        "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
        "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
        "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
        "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
        "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
        "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
        "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
        "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
        "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
        "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
        "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
    };

    private final String text;
    private final List<Integer> values;
    private final boolean[] modules;

    private Code128(String text, List<Integer> values) {
        this.text = text;
        this.values = List.copyOf(values);
        this.modules = draw(this.values);
    }

    /** Whether the text can be encoded: not empty, printable ASCII only (space to tilde). */
    public static boolean encodable(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 32 || c > 126) {
                return false;
            }
        }
        return true;
    }

    /** Encodes printable ASCII text; anything else is refused rather than silently dropped. */
    public static Code128 encode(String text) {
        if (!encodable(text)) {
            throw new IllegalArgumentException("Code 128 here takes printable ASCII only: " + text);
        }
        List<Integer> values = new ArrayList<>();
        int n = text.length();
        int lead = digitsAt(text, 0);
        boolean inC = lead >= 4 || (lead == n && n % 2 == 0);
        values.add(inC ? START_C : START_B);
        int i = 0;
        while (i < n) {
            if (inC) {
                if (digitsAt(text, i) >= 2) {
                    values.add((text.charAt(i) - '0') * 10 + (text.charAt(i + 1) - '0'));
                    i += 2;
                } else {
                    values.add(CODE_B);
                    inC = false;
                }
                continue;
            }
            int run = digitsAt(text, i);
            // Switching costs a symbol each way, so only runs that save more than that are worth it.
            boolean worthC = run >= 6 || (run >= 4 && i + run == n);
            if (worthC) {
                if (run % 2 == 1) {
                    values.add(text.charAt(i) - 32);
                    i++;
                }
                values.add(CODE_C);
                inC = true;
            } else {
                values.add(text.charAt(i) - 32);
                i++;
            }
        }
        values.add(checksum(values));
        values.add(STOP);
        return new Code128(text, values);
    }

    /** The checksum of a start symbol and data: start + sum of position × value, modulo 103. */
    static int checksum(List<Integer> startAndData) {
        long sum = startAndData.get(0);
        for (int k = 1; k < startAndData.size(); k++) {
            sum += (long) k * startAndData.get(k);
        }
        return (int) (sum % 103);
    }

    private static int digitsAt(String text, int from) {
        int k = from;
        while (k < text.length() && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
            k++;
        }
        return k - from;
    }

    private static boolean[] draw(List<Integer> values) {
        int width = 2 * QUIET_ZONE;
        for (int v : values) {
            width += v == STOP ? 13 : 11;
        }
        boolean[] out = new boolean[width];
        int x = QUIET_ZONE;
        for (int v : values) {
            String pattern = PATTERNS[v];
            for (int e = 0; e < pattern.length(); e++) {
                int w = pattern.charAt(e) - '0';
                boolean bar = e % 2 == 0;
                for (int m = 0; m < w; m++) {
                    out[x++] = bar;
                }
            }
        }
        return out;
    }

    /** The text this symbol carries (what a scanner types). */
    public String text() {
        return text;
    }

    /** Symbol values from the start code to the stop code, checksum included. */
    public List<Integer> values() {
        return values;
    }

    public int checksum() {
        return values.get(values.size() - 2);
    }

    /** Modules from left to right, quiet zones included; {@code true} is a bar (ink). */
    public boolean[] modules() {
        return modules.clone();
    }

    /** Number of modules, quiet zones included. */
    public int width() {
        return modules.length;
    }

    /** One bar: its first module (counted from the left edge, quiet zone included) and its width in modules. */
    public record Bar(int x, int width) {
    }

    /** The bars as runs: start module and width of each bar, for renderers that draw rectangles. */
    public List<Bar> bars() {
        List<Bar> out = new ArrayList<>();
        int x = 0;
        while (x < modules.length) {
            if (modules[x]) {
                int start = x;
                while (x < modules.length && modules[x]) {
                    x++;
                }
                out.add(new Bar(start, x - start));
            } else {
                x++;
            }
        }
        return out;
    }
}
