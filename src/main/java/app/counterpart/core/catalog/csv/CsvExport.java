package app.counterpart.core.catalog.csv;

import java.nio.charset.StandardCharsets;

/**
 * An exported product list.
 *
 * @param text the CSV text, in the import format
 * @param products how many products it holds
 */
public record CsvExport(String text, int products) {

    /**
     * The bytes to write to a file: UTF-8 with a byte order mark, because Excel reads a CSV without one
     * in the system's ANSI code page and garbles the Chinese names.
     */
    public byte[] bytes() {
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    }
}
