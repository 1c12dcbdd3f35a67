package app.counterpart.hq;

/** A request head office refuses: the HTTP status, a code word, a sentence for a person. */
public final class HqException extends RuntimeException {

    private final int status;
    private final String error;
    private final Long expectedSeq;

    public HqException(int status, String error, String message) {
        this(status, error, message, null);
    }

    HqException(int status, String error, String message, Long expectedSeq) {
        super(message);
        this.status = status;
        this.error = error;
        this.expectedSeq = expectedSeq;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public Long expectedSeq() {
        return expectedSeq;
    }

    static HqException badRequest(String message) {
        return new HqException(400, "bad_request", message);
    }

    static HqException unauthorized(String error, String message) {
        return new HqException(401, error, message);
    }

    static HqException forbidden(String message) {
        return new HqException(403, "forbidden", message);
    }

    static HqException notFound(String message) {
        return new HqException(404, "not_found", message);
    }
}
