package app.counterpart.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Wraps each piece of work in a {@link Task}; its callbacks run on the FX thread. */
public final class FxTaskExecutor implements TaskExecutor {

    private final ExecutorService pool;

    public FxTaskExecutor(ExecutorService pool) {
        this.pool = pool;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        pool.execute(task);
    }
}
