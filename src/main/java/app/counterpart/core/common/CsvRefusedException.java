package app.counterpart.core.common;

/**
 * The file as a whole cannot be imported (empty, binary, not UTF-8 or GBK, a required column missing).
 * The message says why in words a shop owner can act on; no row was looked at.
 */
public final class CsvRefusedException extends RuntimeException {

    public CsvRefusedException(String message) {
        super(message);
    }
}
