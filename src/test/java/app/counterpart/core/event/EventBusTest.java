package app.counterpart.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventBusTest {

    private final List<RuntimeException> failures = new ArrayList<>();
    private final EventBus bus = new EventBus(failures::add);

    private static final SalesCommitted SALES = new SalesCommitted(2, Set.of(LocalDate.parse("2024-05-10")));

    @Test
    void handlerGetsOnlyEventsOfItsType() {
        List<SalesCommitted> received = new ArrayList<>();
        bus.subscribe(SalesCommitted.class, received::add);
        bus.publish(new StoreReplaced());
        bus.publish(SALES);
        bus.publish("some other event");
        assertEquals(List.of(SALES), received);
    }

    @Test
    void handlerOfSupertypeGetsEverySubtype() {
        List<Object> received = new ArrayList<>();
        bus.subscribe(Record.class, received::add);
        StoreReplaced replaced = new StoreReplaced();
        bus.publish(SALES);
        bus.publish(replaced);
        bus.publish("not a record");
        assertEquals(List.of(SALES, replaced), received);
    }

    @Test
    void everySubscribedHandlerGetsTheEventBeforePublishReturns() {
        List<String> calls = new ArrayList<>();
        bus.subscribe(SalesCommitted.class, e -> calls.add("first " + e.count()));
        bus.subscribe(SalesCommitted.class, e -> calls.add("second " + e.count()));
        bus.publish(SALES);
        assertEquals(List.of("first 2", "second 2"), calls);
    }

    @Test
    void unsubscribingStopsDelivery() {
        List<SalesCommitted> received = new ArrayList<>();
        Runnable unsubscribe = bus.subscribe(SalesCommitted.class, received::add);
        bus.publish(SALES);
        unsubscribe.run();
        bus.publish(new SalesCommitted(5, Set.of()));
        assertEquals(List.of(SALES), received);
    }

    @Test
    void unsubscribingOneHandlerKeepsTheOthers() {
        List<String> calls = new ArrayList<>();
        Runnable first = bus.subscribe(SalesCommitted.class, e -> calls.add("first"));
        bus.subscribe(SalesCommitted.class, e -> calls.add("second"));
        first.run();
        bus.publish(SALES);
        assertEquals(List.of("second"), calls);
    }

    @Test
    void handlerMayUnsubscribeItselfWhileBeingCalled() {
        List<SalesCommitted> received = new ArrayList<>();
        Runnable[] unsubscribe = new Runnable[1];
        unsubscribe[0] = bus.subscribe(SalesCommitted.class, e -> {
            received.add(e);
            unsubscribe[0].run();
        });
        bus.publish(SALES);
        bus.publish(SALES);
        assertEquals(List.of(SALES), received);
    }

    @Test
    void throwingHandlerDoesNotStopOthersAndIsReported() {
        IllegalStateException boom = new IllegalStateException("boom");
        List<String> calls = new ArrayList<>();
        bus.subscribe(SalesCommitted.class, e -> calls.add("before"));
        bus.subscribe(SalesCommitted.class, e -> {
            throw boom;
        });
        bus.subscribe(SalesCommitted.class, e -> calls.add("after"));
        bus.publish(SALES);
        assertEquals(List.of("before", "after"), calls);
        assertEquals(1, failures.size());
        assertSame(boom, failures.get(0));
    }
}
