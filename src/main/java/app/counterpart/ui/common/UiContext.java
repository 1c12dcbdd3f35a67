package app.counterpart.ui.common;

import app.counterpart.core.event.EventBus;
import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * What every screen needs from the app: background work, a way back onto the FX thread (events
 * arrive on any thread), the event bus, text, look and time.
 */
public record UiContext(TaskExecutor tasks, Executor fxThread, EventBus events, I18n i18n, Theme theme, Clock clock) {

    public UiContext with(I18n newI18n, Theme newTheme) {
        return new UiContext(tasks, fxThread, events, newI18n, newTheme, clock);
    }
}
