package app.counterpart.core.event;

/** Published when the whole store changed under the screens (demo loaded, shop set up, restore). */
public record StoreReplaced() {
}
