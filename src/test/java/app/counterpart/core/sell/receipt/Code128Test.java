package app.counterpart.core.sell.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Code128Test {

    private static String modules(boolean[] m, int from, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            out.append(m[i] ? '1' : '0');
        }
        return out.toString();
    }

    @Test
    void everySymbolIsElevenModulesWithEvenBarsAndAllDiffer() {
        Set<String> seen = new HashSet<>();
        for (int v = 0; v < Code128.STOP; v++) {
            String p = Code128.PATTERNS[v];
            int modules = 0;
            int bars = 0;
            for (int e = 0; e < 6; e++) {
                modules += p.charAt(e) - '0';
                bars += e % 2 == 0 ? p.charAt(e) - '0' : 0;
            }
            assertEquals(11, modules, "value " + v);
            assertEquals(0, bars % 2, "bar modules of value " + v + " should be even");
            assertTrue(seen.add(p), "value " + v + " repeats a pattern");
        }
        assertEquals("2331112", Code128.PATTERNS[Code128.STOP]);
    }

    @Test
    void theTableAgreesWithAnIndependentEncoderForEveryValue() {
        for (int v = 0; v <= Code128.STOP; v++) {
            assertEquals(Code128Decoder.widthsOf(v), Code128.PATTERNS[v], "value " + v);
        }
    }

    @Test
    void startAndStopSymbolsHaveTheirStandardPatternsInsideQuietZones() {
        boolean[] b = Code128.encode("Hi").modules();
        assertEquals("0".repeat(10), modules(b, 0, 10));
        assertEquals("11010010000", modules(b, 10, 11), "start B");
        assertEquals("1100011101011", modules(b, b.length - 23, 13), "stop");
        assertEquals("0".repeat(10), modules(b, b.length - 10, 10));

        boolean[] c = Code128.encode("1234").modules();
        assertEquals("11010011100", modules(c, 10, 11), "start C");
    }

    @Test
    void checksumIsTheWeightedSumModulo103() {
        // Start B 104 + P 48×1 + J 42×2 + J 42×3 + 1 17×4 + 2 18×5 + 3 19×6 + C 35×7 = 879 = 8×103 + 55
        Code128 code = Code128.encode("PJJ123C");
        assertEquals(List.of(104, 48, 42, 42, 17, 18, 19, 35, 55, 106), code.values());
        assertEquals(55, code.checksum());
    }

    @Test
    void aSaleNumberPacksItsDigitRunsInCodeSetC() {
        Code128 code = Code128.encode("T1-20261128-0001");
        // B: T 1 -, C: 20 26 11 28, B: -, C: 00 01; checksum worked by hand:
        // 104 + 52 + 17×2 + 13×3 + 99×4 + 20×5 + 26×6 + 11×7 + 28×8 + 100×9 + 13×10 + 99×11 + 0×12 + 1×13
        // = 3314 = 32×103 + 18
        assertEquals(List.of(104, 52, 17, 13, 99, 20, 26, 11, 28, 100, 13, 99, 0, 1, 18, 106), code.values());
        assertEquals(2 * 10 + 15 * 11 + 13, code.width());
        assertEquals("T1-20261128-0001", Code128Decoder.decode(code.modules()));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            12,          105
            1234,        105
            12345,       105
            123,         104
            A1234567,    104
            ' ',         104
            """)
    void startsInCodeSetCOnlyWhenTheTextOpensWithEnoughDigits(String text, int start) {
        Code128 code = Code128.encode(text);
        assertEquals(start, code.values().get(0));
        assertEquals(text, Code128Decoder.decode(code.modules()));
    }

    @Test
    void barsCoverExactlyTheInkModules() {
        Code128 code = Code128.encode("T1-20261128-0001");
        boolean[] m = code.modules();
        boolean[] fromBars = new boolean[m.length];
        for (Code128.Bar bar : code.bars()) {
            for (int i = bar.x(); i < bar.x() + bar.width(); i++) {
                fromBars[i] = true;
            }
        }
        assertEquals(modules(m, 0, m.length), modules(fromBars, 0, m.length));
    }

    @Test
    void refusesWhatCode128CannotCarryHere() {
        assertFalse(Code128.encodable("茶-1"));
        assertFalse(Code128.encodable(""));
        assertFalse(Code128.encodable("tab\there"));
        assertThrows(IllegalArgumentException.class, () -> Code128.encode("茶-1"));
    }

    @Property(tries = 2000)
    void anyPrintableTextDecodesBackToItself(@ForAll("printable") String text) {
        assertEquals(text, Code128Decoder.decode(Code128.encode(text).modules()));
    }

    @Property(tries = 2000)
    void digitHeavyTextDecodesBackToItself(@ForAll("digitHeavy") String text) {
        assertEquals(text, Code128Decoder.decode(Code128.encode(text).modules()));
    }

    @Provide
    Arbitrary<String> printable() {
        return Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> digitHeavy() {
        return Arbitraries.strings().withChars("0123456789012345678901234567890123456789T-A ").ofMinLength(1)
                .ofMaxLength(30);
    }
}
