package app.counterpart.core.event;

/**
 * Published after every sync cycle, successful or not. {@code received} counts the changes from
 * head office or the shop's other devices that this cycle applied: when it is above zero, screens
 * that show shop-wide figures reload.
 */
public record SyncFinished(boolean ok, int sent, int received) {
}
