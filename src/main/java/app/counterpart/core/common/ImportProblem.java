package app.counterpart.core.common;

/**
 * Something wrong (or, as a warning, worth knowing) about one line of an import file.
 *
 * @param line the line as a spreadsheet numbers it: the header is line 1, a cell with line breaks
 *             inside still counts as one line
 * @param field the column as the file names it, or {@value #ROW} for the line as a whole
 * @param message what is wrong, in English, naming the bad value
 */
public record ImportProblem(int line, String field, String message) {

    public static final String ROW = "row";

    /** "line 7, price: price -1.00 is negative", the form the command line prints. */
    public String describe() {
        return "line " + line + ", " + field + ": " + message;
    }
}
