package app.counterpart.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** UI text from the resource bundles; English and Simplified Chinese. */
public final class I18n {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final Locale locale;
    private final ResourceBundle bundle;

    public I18n(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("app.counterpart.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language tag stored in settings ("en" or "zh-CN") to a supported locale. */
    public static Locale localeOf(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("zh") ? CHINESE : ENGLISH;
    }

    public static String tagOf(Locale locale) {
        return locale.getLanguage().equals("zh") ? "zh-CN" : "en";
    }

    public Locale locale() {
        return locale;
    }

    public boolean chinese() {
        return locale.getLanguage().equals("zh");
    }

    /** Every text goes through MessageFormat, so the bundles follow one quoting rule ('' for '). */
    public String text(String key) {
        return format(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(raw(key), locale).format(args);
    }

    /** Whether the bundles have this key (e.g. a translated audit action), so a caller can fall back. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    private String raw(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
