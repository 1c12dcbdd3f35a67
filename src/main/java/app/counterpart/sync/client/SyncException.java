package app.counterpart.sync.client;

/** A sync step that did not finish, with a message fit to show to a person. */
public class SyncException extends Exception {

    public SyncException(String message) {
        super(message);
    }

    public SyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
