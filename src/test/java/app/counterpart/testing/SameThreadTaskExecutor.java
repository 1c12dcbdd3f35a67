package app.counterpart.testing;

import app.counterpart.ui.common.TaskExecutor;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs "background" work at once on the calling thread, so view models can be tested without a screen. */
public final class SameThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
