package app.counterpart.sync.client;

import java.time.Instant;

/**
 * Something that will not sync, kept and shown, never dropped.
 *
 * @param direction "out" when head office refused this device's mutation, "in" when this device could
 *                  not apply a change it pulled
 * @param ref       the outbox seq (out) or the head-office cursor (in)
 */
public record RejectedItem(String direction, long ref, String mutationId, String entity, String entityId,
                           String reason, Instant at) {
}
