package app.counterpart.ui.sync;

import app.counterpart.ui.common.TaskExecutor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Holds background work until the test runs it, so a test sees the screen while the work is under way. */
final class QueuedTasks implements TaskExecutor {

    private final Deque<Runnable> queued = new ArrayDeque<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        queued.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    int waiting() {
        return queued.size();
    }

    /** Runs what is queued, and what that queues, until nothing is left. */
    void runAll() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }
}
