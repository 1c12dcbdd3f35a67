package app.counterpart.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class I18nTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nTest.class.getResourceAsStream("/app/counterpart/ui/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndChineseBundlesHaveTheSameKeys() throws IOException {
        assertEquals(bundle("messages.properties").keySet(), bundle("messages_zh_CN.properties").keySet());
    }

    @Test
    void doubledApostrophesShowAsOne() {
        assertEquals("Owner's name", new I18n(I18n.ENGLISH).text("setup.ownerName"));
    }

    @Test
    void chineseTextComesFromTheChineseBundle() {
        assertEquals("经营看板", new I18n(I18n.CHINESE).text("area.dashboard"));
    }

    @Test
    void everyTextOfBothLanguagesIsAValidPattern() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            I18n i18n = new I18n(file.contains("zh") ? I18n.CHINESE : I18n.ENGLISH);
            for (String key : bundle(file).stringPropertyNames()) {
                assertFalse(i18n.format(key, "a", "b", "c", "d").startsWith("!"), key);
            }
        }
    }

    @Test
    void storedLanguageTagsMapToSupportedLocales() {
        assertEquals(I18n.CHINESE, I18n.localeOf("zh-CN"));
        assertEquals(I18n.ENGLISH, I18n.localeOf("en"));
        assertEquals(I18n.ENGLISH, I18n.localeOf(null));
        assertEquals("zh-CN", I18n.tagOf(I18n.CHINESE));
    }
}
