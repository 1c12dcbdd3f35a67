package app.counterpart.core.customers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * The pinyin of people's names, the way staff type a Chinese name on a Latin keyboard: the initials
 * (徐涛 → xt) or the syllables (xu tao). Only Chinese characters count; Latin words of a name are
 * searched as they are written.
 *
 * <p>A character with several readings takes its first, most common one, except that the first
 * character of a name is read as a surname: 曾 is "zeng" in 曾可馨, not "ceng" as in 曾经. One instance
 * remembers the readings it looked up, so building an index over 100,000 names asks pinyin4j only once
 * per distinct character; it is not thread-safe.
 */
final class NamePinyin {

    /** The surname readings of characters whose most common reading is another one. */
    private static final Map<Character, String> SURNAMES = Map.ofEntries(
            Map.entry('曾', "zeng"), Map.entry('单', "shan"), Map.entry('解', "xie"), Map.entry('仇', "qiu"),
            Map.entry('朴', "piao"), Map.entry('区', "ou"), Map.entry('查', "zha"), Map.entry('覃', "qin"),
            Map.entry('盖', "ge"), Map.entry('缪', "miao"), Map.entry('翟', "zhai"), Map.entry('长', "chang"),
            Map.entry('重', "chong"), Map.entry('种', "chong"), Map.entry('朝', "chao"), Map.entry('秘', "bi"),
            Map.entry('繁', "po"), Map.entry('句', "gou"), Map.entry('员', "yun"), Map.entry('祭', "zhai"),
            Map.entry('折', "she"));

    /**
     * @param initials one letter per Chinese character, e.g. "xt"
     * @param syllables the toneless syllables, ü written as v (吕 → lv), e.g. [xu, tao]
     */
    record Reading(String initials, List<String> syllables) {

        static final Reading NONE = new Reading("", List.of());

        String joined() {
            return String.join("", syllables);
        }

        String spaced() {
            return String.join(" ", syllables);
        }
    }

    private final Map<Character, String> readings = new HashMap<>();

    Reading of(String name) {
        if (name == null || name.isEmpty()) {
            return Reading.NONE;
        }
        StringBuilder initials = new StringBuilder();
        List<String> syllables = new ArrayList<>(name.length());
        boolean first = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 128 || Character.isWhitespace(c)) {
                first &= Character.isWhitespace(c);
                continue;
            }
            String syllable = first ? SURNAMES.getOrDefault(c, reading(c)) : reading(c);
            first = false;
            if (!syllable.isEmpty()) {
                initials.append(syllable.charAt(0));
                syllables.add(syllable);
            }
        }
        return syllables.isEmpty() ? Reading.NONE : new Reading(initials.toString(), List.copyOf(syllables));
    }

    /** The first reading without its tone, "" for a character that is no Chinese character. */
    private String reading(char c) {
        return readings.computeIfAbsent(c, k -> {
            String[] all = PinyinHelper.toHanyuPinyinStringArray(k);
            if (all == null || all.length == 0) {
                return "";
            }
            // pinyin4j writes "xu2", and ü as "u:" (吕 → "lu:3"); typists use v for ü.
            return all[0].replace("u:", "v").replaceAll("[^a-z]", "");
        });
    }
}
