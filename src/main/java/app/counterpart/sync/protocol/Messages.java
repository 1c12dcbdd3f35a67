package app.counterpart.sync.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The request and response bodies of protocol version 1. Field names go over the wire in snake_case. */
public final class Messages {

    private Messages() {
    }

    /** POST /v1/enrol: a device presents a one-time code once, or again after losing the answer. */
    public record EnrolRequest(int protocol, String code, String deviceId, String deviceCode, String deviceName) {
    }

    /** The device's token is shown only here; head office keeps its hash. */
    public record EnrolResponse(String shopId, String shopName, String deviceId, String token) {
    }

    /**
     * One outbox row. {@code seq} counts up by one per device with no gaps; {@code id} is the
     * mutation's own UUID (unique per shop at head office); {@code data} is the entity's fields
     * (for a sale: the whole sale with its lines and payments); {@code hlc} is an {@link Hlc} stamp.
     */
    public record Mutation(long seq, String id, String entity, String entityId, String op, String hlc,
                           long createdAt, ObjectNode data) {
    }

    /** POST /v1/push: one page of consecutive mutations of one device. */
    public record PushRequest(int protocol, int schema, String deviceId, List<Mutation> mutations) {
    }

    /**
     * Everything up to {@code ackedThrough} is safe at head office (applied, already applied, or
     * rejected and recorded); the client may delete those outbox rows.
     */
    public record PushResponse(long ackedThrough, List<Rejection> rejected) {
    }

    /** A mutation head office will never apply, kept on both sides with the reason. */
    public record Rejection(long seq, String mutationId, String entity, String entityId, String reason) {
    }

    /**
     * One entry of head office's change log for the shop: what its other devices pushed, and what
     * head office published. {@code cursor} grows strictly; a pull asks for changes after a cursor.
     */
    public record Change(long cursor, String originDevice, String entity, String entityId, String op, String hlc,
                         ObjectNode data) {
    }

    /** GET /v1/pull?after=CURSOR&limit=N */
    public record PullResponse(List<Change> changes, long next, boolean more) {
    }

    /** Every 4xx/5xx answer: a code word, a sentence for a person, and for a seq gap the seq expected. */
    public record ErrorBody(String error, String message, Long expectedSeq) {
    }

    /** GET /v1/health */
    public record Health(String status, int protocol, int oldestProtocol, String database, long time) {
    }

    /** One shop and business day in the consolidated read API and {@code hq report}. */
    public record DayFigures(String shop, String day, long sales, long revenueMinor) {
    }

    /** GET /v1/admin/shops: what head office knows about a shop and its devices. */
    public record ShopStatus(String shopId, String shop, List<DeviceStatus> devices, long rejected) {
    }

    public record DeviceStatus(String deviceId, String deviceCode, String deviceName, Long lastSeen, long lastSeq,
                               boolean revoked) {
    }
}
