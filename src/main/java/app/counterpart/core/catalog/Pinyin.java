package app.counterpart.core.catalog;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Pinyin initials of a name, the way cashiers type Chinese names on a Latin keyboard: 珍珠奶茶 → zznc.
 * Latin letters and digits stay as they are, everything else is dropped. A character with several
 * readings takes its first (most common) one.
 */
public final class Pinyin {

    private Pinyin() {
    }

    public static String initials(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    out.append(Character.toLowerCase(c));
                }
                continue;
            }
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
            if (readings != null && readings.length > 0 && !readings[0].isEmpty()) {
                out.append(readings[0].charAt(0));
            }
        }
        return out.toString();
    }
}
