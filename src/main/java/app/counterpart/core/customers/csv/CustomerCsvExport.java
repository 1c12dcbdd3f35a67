package app.counterpart.core.customers.csv;

import java.nio.charset.StandardCharsets;

/**
 * An exported customer list.
 *
 * @param text the CSV text, in the import format
 * @param customers how many customers it holds
 */
public record CustomerCsvExport(String text, int customers) {

    /**
     * The bytes to write to a file: UTF-8 with a byte order mark, because Excel reads a CSV without one
     * in the system's ANSI code page and garbles the Chinese names.
     */
    public byte[] bytes() {
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    }
}
