package app.counterpart.core.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * In-process announcements such as "sale committed". Handlers run on the publishing thread; a UI
 * subscriber hops to its own thread itself. A failing handler does not stop the others.
 */
public final class EventBus {

    private record Subscription<E>(Class<E> type, Consumer<? super E> handler) {
    }

    private final List<Subscription<?>> subscriptions = new CopyOnWriteArrayList<>();
    private final Consumer<RuntimeException> onHandlerFailure;

    public EventBus(Consumer<RuntimeException> onHandlerFailure) {
        this.onHandlerFailure = onHandlerFailure;
    }

    /** Returns an action that removes the subscription again. */
    public <E> Runnable subscribe(Class<E> type, Consumer<? super E> handler) {
        Subscription<E> subscription = new Subscription<>(type, handler);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    public void publish(Object event) {
        for (Subscription<?> subscription : subscriptions) {
            deliver(subscription, event);
        }
    }

    private static <E> void deliverTyped(Subscription<E> subscription, Object event) {
        subscription.handler().accept(subscription.type().cast(event));
    }

    private void deliver(Subscription<?> subscription, Object event) {
        if (!subscription.type().isInstance(event)) {
            return;
        }
        try {
            deliverTyped(subscription, event);
        } catch (RuntimeException e) {
            onHandlerFailure.accept(e);
        }
    }
}
