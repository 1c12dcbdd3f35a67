package app.counterpart.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void parseSplitsRowsAndFields() {
        List<Csv.Row> rows = Csv.parse("code,name\nTEA,Green tea\n");
        assertEquals(List.of(List.of("code", "name"), List.of("TEA", "Green tea")), fields(rows));
    }

    @Test
    void parseReadsQuotedCommaDoubledQuoteAndNewline() {
        List<Csv.Row> rows = Csv.parse("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\n");
        assertEquals(List.of(List.of("a,b", "say \"hi\"", "two\nlines")), fields(rows));
    }

    @Test
    void parseKeepsLineNumberOfRowStartCountingNewlinesInsideQuotes() {
        List<Csv.Row> rows = Csv.parse("h1,h2\n\"x\ny\",1\nz,2\n");
        assertEquals(List.of(1, 2, 4), rows.stream().map(Csv.Row::line).collect(Collectors.toList()));
    }

    @Test
    void parseSkipsBlankLinesButCountsThem() {
        List<Csv.Row> rows = Csv.parse("a\n\n   \nb\n");
        assertEquals(List.of(List.of("a"), List.of("b")), fields(rows));
        assertEquals(4, rows.get(1).line());
    }

    @Test
    void parseAcceptsCrLfLineEndings() {
        List<Csv.Row> rows = Csv.parse("a,b\r\nc,d\r\n");
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d")), fields(rows));
        assertEquals(2, rows.get(1).line());
    }

    @Test
    void parseIgnoresLeadingByteOrderMark() {
        assertEquals(List.of(List.of("code", "name")), fields(Csv.parse("\uFEFFcode,name\n")));
    }

    @Test
    void parseKeepsEmptyTrailingField() {
        assertEquals(List.of(List.of("a", "", "")), fields(Csv.parse("a,,\n")));
    }

    @Test
    void parseKeepsChineseText() {
        assertEquals(List.of(List.of("珍珠奶茶", "茶与酥")), fields(Csv.parse("珍珠奶茶,茶与酥")));
    }

    @Test
    void parseRejectsUnclosedQuoteNamingItsLine() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Csv.parse("a,b\nc,\"open\nstill open\n"));
        assertTrue(e.getMessage().startsWith("line 2:"), e.getMessage());
    }

    @Test
    void tolerantParseReportsAnUnclosedQuoteAndReadsTheLinesAfterIt() {
        Csv.Parsed parsed = Csv.parseTolerant("h1,h2\na,\"open\nb,2\nc,3\n");
        assertEquals(List.of(2), parsed.unclosedQuoteLines());
        assertEquals(List.of(List.of("h1", "h2"), List.of("b", "2"), List.of("c", "3")), fields(parsed.rows()));
        assertEquals(List.of(1, 3, 4), parsed.rows().stream().map(Csv.Row::line).collect(Collectors.toList()));
    }

    @Test
    void tolerantParseResumesAfterACrLfLineBreak() {
        Csv.Parsed parsed = Csv.parseTolerant("\"a\r\nb,c\r\nd\r\n");
        assertEquals(List.of(1), parsed.unclosedQuoteLines());
        assertEquals(List.of(List.of("b", "c"), List.of("d")), fields(parsed.rows()));
        assertEquals(List.of(2, 3), parsed.rows().stream().map(Csv.Row::line).collect(Collectors.toList()));
    }

    @Test
    void tolerantParseOfWellFormedTextEqualsParse() {
        String text = "a,\"b\nc\"\nd,e\n";
        assertEquals(Csv.parse(text), Csv.parseTolerant(text).rows());
        assertEquals(List.of(), Csv.parseTolerant(text).unclosedQuoteLines());
    }

    @Test
    void rowGetBeyondLastFieldIsEmpty() {
        Csv.Row row = Csv.parse("a,b").get(0);
        assertEquals("", row.get(5));
    }

    @Test
    void lineQuotesOnlyFieldsThatNeedIt() {
        String line = Csv.line(List.of("plain", "with,comma", "say \"hi\"", "two\nlines", "cr\rhere", "中文 text"));
        assertEquals("plain,\"with,comma\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",中文 text", line);
    }

    @Test
    void lineWritesNullAsEmptyField() {
        assertEquals("a,,b", Csv.line(java.util.Arrays.asList("a", null, "b")));
    }

    @Property
    void parseOfLineGivesBackTheFields(@ForAll("rows") List<String> fields) {
        List<Csv.Row> rows = Csv.parse(Csv.line(fields));
        assertEquals(1, rows.size());
        assertEquals(fields, rows.get(0).fields());
    }

    @Property(tries = 200)
    void parseOfLinesGivesBackEveryRowWithItsLineNumber(@ForAll("tables") List<List<String>> table) {
        String text = table.stream().map(Csv::line).collect(Collectors.joining("\n", "", "\n"));
        List<Csv.Row> rows = Csv.parse(text);
        assertEquals(table, fields(rows));
        int line = 1;
        for (int k = 0; k < table.size(); k++) {
            assertEquals(line, rows.get(k).line());
            line += 1 + (int) String.join(",", table.get(k)).chars().filter(c -> c == '\n').count();
        }
    }

    @Provide
    Arbitrary<List<String>> rows() {
        Arbitrary<String> field = Arbitraries.strings()
                .withChars("ab ,\"\n\r\t;'|")
                .withChars("珍珠奶茶与酥中文")
                .withCharRange('A', 'Z')
                .ofMaxLength(12);
        // A row whose only field is empty or blank is a blank line, which parse skips by design.
        return field.list().ofMinSize(1).ofMaxSize(8)
                .filter(fs -> !(fs.size() == 1 && fs.get(0).isBlank()));
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        return rows().list().ofMinSize(1).ofMaxSize(6);
    }

    private static List<List<String>> fields(List<Csv.Row> rows) {
        return rows.stream().map(Csv.Row::fields).collect(Collectors.toList());
    }
}
