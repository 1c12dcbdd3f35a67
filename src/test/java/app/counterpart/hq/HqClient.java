package app.counterpart.hq;

import app.counterpart.sync.protocol.Hlc;
import app.counterpart.sync.protocol.Messages;
import app.counterpart.sync.protocol.Protocol;
import app.counterpart.sync.protocol.Wire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A plain HTTP client for head office in tests: raw requests and the protocol's few calls. */
final class HqClient {

    final URI base;
    final HttpClient http;

    HqClient(URI base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    HqClient(URI base) {
        this(base, HttpClient.newHttpClient());
    }

    HttpRequest.Builder request(String pathAndQuery, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .header(Protocol.HEADER_PROTOCOL, Integer.toString(Protocol.VERSION));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> get(String pathAndQuery, String token) {
        return send(request(pathAndQuery, token).GET().build());
    }

    HttpResponse<byte[]> post(String pathAndQuery, String token, byte[] body) {
        return send(request(pathAndQuery, token).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return Wire.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T read(HttpResponse<byte[]> response, Class<T> type) {
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + new String(response.body()));
        }
        try {
            return Wire.read(response.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An enrolled device and its next seq. */
    static final class Device {
        final String id;
        final String token;
        final String shopName;
        long seq;

        Device(String id, String token, String shopName) {
            this.id = id;
            this.token = token;
            this.shopName = shopName;
        }
    }

    HttpResponse<byte[]> enrolRaw(String code, String deviceId) {
        return post("/v1/enrol", null, Wire.write(new Messages.EnrolRequest(Protocol.VERSION, code, deviceId, "T1",
                "Till " + deviceId)));
    }

    Device enrol(String code) {
        String id = UUID.randomUUID().toString();
        Messages.EnrolResponse r = read(enrolRaw(code, id), Messages.EnrolResponse.class);
        return new Device(id, r.token(), r.shopName());
    }

    /** Pushes mutations as the device's next seqs. */
    HttpResponse<byte[]> pushRaw(Device device, List<Messages.Mutation> mutations) {
        return post("/v1/push", device.token, Wire.write(new Messages.PushRequest(Protocol.VERSION, 13, device.id,
                mutations)));
    }

    Messages.PushResponse push(Device device, List<Messages.Mutation> mutations) {
        return read(pushRaw(device, mutations), Messages.PushResponse.class);
    }

    /** Mutations for the device's next seqs (the seq counter moves on). */
    static List<Messages.Mutation> next(Device device, ObjectNode... docs) {
        List<Messages.Mutation> out = new ArrayList<>();
        for (ObjectNode doc : docs) {
            out.add(mutation(++device.seq, device, doc.path("_entity").asText("sale"), doc));
        }
        return out;
    }

    static Messages.Mutation mutation(long seq, Device device, String entity, ObjectNode doc) {
        ObjectNode data = doc.deepCopy();
        data.remove("_entity");
        String id = data.path("id").asText(UUID.randomUUID().toString());
        long now = System.currentTimeMillis();
        return new Messages.Mutation(seq, UUID.randomUUID().toString(), entity, id,
                entity.equals("sale") ? "insert" : "upsert", new Hlc(now, 0, device.id).text(), now, data);
    }

    /** A sale of two lines adding up to {@code total} on {@code day}. */
    static ObjectNode sale(String day, long total) {
        ObjectNode s = Wire.JSON.createObjectNode();
        s.put("id", UUID.randomUUID().toString());
        s.put("number", "T1-" + UUID.randomUUID().toString().substring(0, 8));
        s.put("kind", "sale");
        s.putNull("original_sale_id");
        s.put("business_day", day);
        s.put("created_at", System.currentTimeMillis());
        s.put("total_minor", total);
        ArrayNode lines = s.putArray("lines");
        lines.addObject().put("line_no", 1).put("total_minor", total - total / 3);
        lines.addObject().put("line_no", 2).put("total_minor", total / 3);
        s.putArray("payments").addObject().put("seq", 1).put("tender", "cash").put("amount_minor", total);
        return s;
    }

    /** A document of another entity. */
    static ObjectNode entity(String entity, String id) {
        ObjectNode s = Wire.JSON.createObjectNode();
        s.put("_entity", entity);
        s.put("id", id);
        return s;
    }
}
