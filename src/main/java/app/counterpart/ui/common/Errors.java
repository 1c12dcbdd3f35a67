package app.counterpart.ui.common;

/** The message a person should read for a failure; the full exception goes to the log. */
public final class Errors {

    private static final System.Logger LOG = System.getLogger("app.counterpart.ui");

    private Errors() {
    }

    public static String describe(Throwable e) {
        LOG.log(System.Logger.Level.WARNING, "background work failed", e);
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
