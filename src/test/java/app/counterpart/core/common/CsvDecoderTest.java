package app.counterpart.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvDecoderTest {

    private static final String TEXT = "货号,名称\nMT-001,珍珠奶茶\n";

    @Test
    void utf8WithoutBomIsReadAsUtf8() {
        assertEquals(new CsvDecoder.DecodedText(TEXT, "UTF-8"), CsvDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf8WithBomIsReadAsUtf8WithoutTheBom() {
        byte[] bytes = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
        assertEquals(new CsvDecoder.DecodedText(TEXT, "UTF-8"), CsvDecoder.decode(bytes));
    }

    @Test
    void gbkBytesAreReadAsGbk() {
        assertEquals(new CsvDecoder.DecodedText(TEXT, "GBK"), CsvDecoder.decode(TEXT.getBytes(Charset.forName("GBK"))));
    }

    @Test
    void plainAsciiIsUtf8() {
        assertEquals("UTF-8", CsvDecoder.decode("sku,price\nA,1.00\n".getBytes(StandardCharsets.US_ASCII)).encoding());
    }

    @Test
    void aBomFollowedByGbkIsRefusedNamingTheLine() {
        byte[] gbk = "sku\n珍珠\n".getBytes(Charset.forName("GBK"));
        byte[] bytes = new byte[gbk.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(gbk, 0, bytes, 3, gbk.length);
        assertRefused("the file says it is UTF-8 but line 2 holds bytes that are not UTF-8", bytes);
    }

    @Test
    void bytesThatAreNeitherUtf8NorGbkAreRefusedNamingTheLine() {
        byte[] bytes = {'s', 'k', 'u', '\n', 'a', (byte) 0x80, 'b', '\n'};
        assertRefused("the file is neither UTF-8 nor GBK text: line 2 holds bytes that are not UTF-8; "
                + "save it as \"CSV UTF-8\"", bytes);
    }

    @ParameterizedTest(name = "[{0}] is empty")
    @CsvSource(textBlock = """
            ''
            '   '
            '\uFEFF'
            """)
    void anEmptyFileIsRefused(String text) {
        assertRefused("the file is empty", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileWithNulBytesIsNotText() {
        assertRefused("this is not a CSV text file: it holds binary data", new byte[] {'s', 'k', 'u', 0, 1, 2});
    }

    @Test
    void randomBytesAreNotText() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[0] = 'x';
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                bytes[i] = 1;
            }
        }
        assertRefused("this is not a CSV text file: it holds binary data", bytes);
    }

    @Test
    void anExcelWorkbookIsNamedAsSuch() {
        assertRefused("this is not a CSV text file: it looks like an Excel workbook; save it as \"CSV UTF-8\" first",
                new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
    }

    @Test
    void utf16TextIsNamedAsSuch() {
        byte[] bytes = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);
        assertRefused("this is not a CSV text file: it is UTF-16 text (Excel's \"Unicode Text\"); "
                + "save it as \"CSV UTF-8\" instead", bytes);
    }

    private static void assertRefused(String message, byte[] bytes) {
        assertEquals(message, assertThrows(CsvRefusedException.class, () -> CsvDecoder.decode(bytes)).getMessage());
    }
}
