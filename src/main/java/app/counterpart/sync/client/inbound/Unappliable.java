package app.counterpart.sync.client.inbound;

/** A pulled change this device can never apply as it is: recorded as rejected "in", and the page goes on. */
final class Unappliable extends RuntimeException {

    Unappliable(String reason) {
        super(reason);
    }
}
