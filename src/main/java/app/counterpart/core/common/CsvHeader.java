package app.counterpart.core.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads an import's header line: which known column sits at which position. An empty or unknown
 * heading is a warning (its values are ignored); two headings meaning one column, or a required column
 * missing, refuse the file with a sentence saying what to fix.
 */
public final class CsvHeader {

    private CsvHeader() {
    }

    /**
     * @param headings the header's fields, stripped
     * @param forHeading the column a heading means, or null
     * @param warnings where the ignored columns are reported
     */
    public static <C extends Enum<C> & CsvColumn> Map<C, Integer> columns(int lineNumber, List<String> headings,
            Class<C> type, Function<String, C> forHeading, List<ImportProblem> warnings) {
        Map<C, Integer> columns = new EnumMap<>(type);
        for (int i = 0; i < headings.size(); i++) {
            String heading = headings.get(i);
            if (heading.isEmpty()) {
                warnings.add(new ImportProblem(lineNumber, "column " + (i + 1),
                        "column " + (i + 1) + " has no heading; its values are ignored"));
                continue;
            }
            C column = forHeading.apply(heading);
            if (column == null) {
                warnings.add(new ImportProblem(lineNumber, heading, "unknown column \"" + heading + "\" is ignored"));
            } else if (columns.containsKey(column)) {
                int first = columns.get(column);
                throw new CsvRefusedException("columns " + (first + 1) + " (\"" + headings.get(first) + "\") and "
                        + (i + 1) + " (\"" + heading + "\") both mean " + column.header() + "; keep one of them");
            } else {
                columns.put(column, i);
            }
        }
        List<String> missing = new ArrayList<>();
        C[] all = type.getEnumConstants();
        for (C column : all) {
            if (column.required() && !columns.containsKey(column)) {
                missing.add(column.header() + " (" + column.aliases().get(0) + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new CsvRefusedException("the header (line " + lineNumber + ") has no column "
                    + String.join(", no column ", missing) + "; the first line must name the columns, e.g. "
                    + Csv.line(Arrays.stream(all).map(CsvColumn::header).toList()));
        }
        return columns;
    }
}
