package app.counterpart.core.common;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV over text already decoded by the caller. Rows keep their 1-based line number so a
 * validation message can name the row a person sees in a spreadsheet.
 */
public final class Csv {

    public record Row(int line, List<String> fields) {
        public String get(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }
    }

    private Csv() {
    }

    /**
     * Rows of a text, and the lines whose row opened a quoted field that is never closed. Such a row is
     * left out; parsing resumes on the next line, so one stray quote does not hide the rest of a file.
     */
    public record Parsed(List<Row> rows, List<Integer> unclosedQuoteLines) {
    }

    /** Parses the whole text; a leading BOM is ignored. Throws on an unterminated quote. */
    public static List<Row> parse(String text) {
        Parsed parsed = parseTolerant(text);
        if (!parsed.unclosedQuoteLines().isEmpty()) {
            throw new IllegalArgumentException("line " + parsed.unclosedQuoteLines().get(0)
                    + ": a quoted field is not closed");
        }
        return parsed.rows();
    }

    /** Parses the whole text like {@link #parse}, but reports unterminated quotes instead of throwing. */
    public static Parsed parseTolerant(String text) {
        List<Row> rows = new ArrayList<>();
        List<Integer> unclosed = new ArrayList<>();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        int n = text.length();
        while (i < n) {
            int rowStart = i;
            int rowLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean rowDone = false;
            while (i < n && !rowDone) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                        } else {
                            quoted = false;
                            i++;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                        i++;
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                    i++;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    i++;
                } else if (c == '\r' || c == '\n') {
                    i = afterLineBreak(text, i);
                    line++;
                    rowDone = true;
                } else {
                    field.append(c);
                    i++;
                }
            }
            if (quoted) {
                unclosed.add(rowLine);
                i = nextLine(text, rowStart);
                line = rowLine + 1;
                continue;
            }
            fields.add(field.toString());
            boolean blank = fields.size() == 1 && fields.get(0).isBlank();
            if (!blank) {
                rows.add(new Row(rowLine, List.copyOf(fields)));
            }
        }
        return new Parsed(List.copyOf(rows), List.copyOf(unclosed));
    }

    /**
     * A line of a file as a spreadsheet numbers it: a quoted cell with line breaks inside still makes
     * one line, so an import message names the line a person finds in Excel, not the physical line.
     *
     * @param fields the line's fields, or null when a quoted field on it is never closed
     */
    public record SheetLine(int number, List<String> fields) {
    }

    /**
     * The rows of a text, parsed as {@link #parseTolerant}, and its lines with an unclosed quote, in file
     * order and numbered as a spreadsheet shows them.
     */
    public static List<SheetLine> sheetLines(String text) {
        Parsed parsed = parseTolerant(text);
        List<SheetLine> lines = new ArrayList<>(parsed.rows().size() + parsed.unclosedQuoteLines().size());
        // Every line break inside quotes before a row moves it up by one from its physical line.
        int inQuotes = 0;
        int r = 0;
        int u = 0;
        List<Row> rows = parsed.rows();
        List<Integer> unclosed = parsed.unclosedQuoteLines();
        while (r < rows.size() || u < unclosed.size()) {
            if (u < unclosed.size() && (r >= rows.size() || unclosed.get(u) < rows.get(r).line())) {
                lines.add(new SheetLine(unclosed.get(u++) - inQuotes, null));
            } else {
                Row row = rows.get(r++);
                lines.add(new SheetLine(row.line() - inQuotes, row.fields()));
                inQuotes += lineBreaks(row.fields());
            }
        }
        return lines;
    }

    /** How many line breaks the fields of a row hold (inside quoted cells). */
    public static int lineBreaks(List<String> fields) {
        int n = 0;
        for (String f : fields) {
            for (int i = 0; i < f.length(); i++) {
                if (f.charAt(i) == '\n') {
                    n++;
                }
            }
        }
        return n;
    }

    /** Index after the line break at {@code i} (CR LF, CR or LF). */
    private static int afterLineBreak(String text, int i) {
        return (text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') ? i + 2 : i + 1;
    }

    /** Index of the start of the line after the one containing {@code from}, or the text's end. */
    private static int nextLine(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                return afterLineBreak(text, i);
            }
        }
        return text.length();
    }

    /** One CSV line for the given fields, quoting only where needed. */
    public static String line(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < fields.size(); k++) {
            if (k > 0) {
                out.append(',');
            }
            String f = fields.get(k) == null ? "" : fields.get(k);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                out.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                out.append(f);
            }
        }
        return out.toString();
    }
}
