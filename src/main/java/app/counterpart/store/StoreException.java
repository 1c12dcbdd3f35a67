package app.counterpart.store;

/** A store failure with a message a person can act on (file locked, disk full, constraint broken). */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    static StoreException wrap(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = String.valueOf(root.getMessage());
        String message;
        if (text.contains("SQLITE_FULL")) {
            message = "The disk is full: nothing was saved. Free some space and try again.";
        } else if (text.contains("SQLITE_BUSY") || text.contains("database is locked")) {
            message = "The store is busy in another program: nothing was saved. Try again in a moment.";
        } else if (text.contains("UNIQUE constraint failed")) {
            message = "Already stored (" + text.substring(text.indexOf("UNIQUE constraint failed")) + ")";
        } else {
            message = "The store refused the change: " + text;
        }
        return new StoreException(message, e);
    }
}
