package app.counterpart.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs background work one piece at a time, in the order it was asked for. The till needs this: a
 * draft save queued before "Pay" must reach the store before the sale does, never after it. Used from
 * the FX thread only; callbacks come back on it.
 */
public final class SerialTasks {

    private final TaskExecutor executor;
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private boolean running;

    public SerialTasks(TaskExecutor executor) {
        this.executor = executor;
    }

    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        waiting.add(() -> executor.run(work, result -> {
            try {
                onSuccess.accept(result);
            } finally {
                next();
            }
        }, error -> {
            try {
                onFailure.accept(error);
            } finally {
                next();
            }
        }));
        if (!running) {
            next();
        }
    }

    /** Whether work is queued or running: the till shows it is still saving. */
    public boolean busy() {
        return running;
    }

    private void next() {
        Runnable r = waiting.poll();
        running = r != null;
        if (r != null) {
            r.run();
        }
    }
}
