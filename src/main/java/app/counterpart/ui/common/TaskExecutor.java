package app.counterpart.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the FX thread and hands the result back on it. Views and view models never
 * start threads themselves; tests pass an executor that runs everything on the calling thread.
 */
public interface TaskExecutor {

    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);
}
