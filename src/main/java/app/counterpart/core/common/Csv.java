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

    /** Parses the whole text; a leading BOM is ignored. Throws on an unterminated quote. */
    public static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        int n = text.length();
        while (i < n) {
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
                    i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
                    line++;
                    rowDone = true;
                } else {
                    field.append(c);
                    i++;
                }
            }
            if (quoted) {
                throw new IllegalArgumentException("line " + rowLine + ": a quoted field is not closed");
            }
            fields.add(field.toString());
            boolean blank = fields.size() == 1 && fields.get(0).isBlank();
            if (!blank) {
                rows.add(new Row(rowLine, List.copyOf(fields)));
            }
        }
        return rows;
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
