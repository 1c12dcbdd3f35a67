package app.counterpart.sync.client;

import app.counterpart.sync.protocol.Messages.Change;
import app.counterpart.sync.protocol.Messages.EnrolRequest;
import app.counterpart.sync.protocol.Messages.EnrolResponse;
import app.counterpart.sync.protocol.Messages.ErrorBody;
import app.counterpart.sync.protocol.Messages.Mutation;
import app.counterpart.sync.protocol.Messages.PullResponse;
import app.counterpart.sync.protocol.Messages.PushRequest;
import app.counterpart.sync.protocol.Messages.PushResponse;
import app.counterpart.sync.protocol.Messages.Rejection;
import app.counterpart.sync.protocol.Protocol;
import app.counterpart.sync.protocol.Wire;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.net.ssl.SSLContext;

/**
 * A small head office on a loopback port that answers as docs/sync-protocol.md says, for one shop:
 * enrolment with one-time codes, pushes applied by seq (ack again, seq gap, rejections) and a change
 * log to pull. The real server and its end-to-end tests live with the hq package; this one keeps the
 * client's tests to the client.
 */
public final class FakeHq implements AutoCloseable {

    public static final String SHOP_ID = "shop-1";
    public static final String SHOP_NAME = "Corner Tea";

    private final HttpServer server;
    private final Map<String, String> codes = new ConcurrentHashMap<>();
    private volatile String token;
    private volatile long lastSeq;
    /** Every mutation applied, in order. */
    public final List<Mutation> applied = new CopyOnWriteArrayList<>();
    /** The number of mutations of each push page received (including refused ones). */
    public final List<Integer> pages = new CopyOnWriteArrayList<>();
    /** The change log the shop pulls from. */
    public final List<Change> log = new CopyOnWriteArrayList<>();
    public final AtomicInteger requests = new AtomicInteger();
    public final AtomicInteger pushes = new AtomicInteger();
    public final AtomicInteger pulls = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    public final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger faults = new AtomicInteger();
    private volatile Predicate<Mutation> reject = m -> false;
    private volatile CountDownLatch pullGate;
    /** Counted down each time a pull arrives. */
    public volatile CountDownLatch pullArrived = new CountDownLatch(1);

    public FakeHq() {
        this(null);
    }

    /** Serves HTTPS with {@code tls} (a head office with its own certificate), or plain HTTP when null. */
    public FakeHq(SSLContext tls) {
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        try {
            if (tls == null) {
                server = HttpServer.create(loopback, 0);
            } else {
                HttpsServer https = HttpsServer.create(loopback, 0);
                https.setHttpsConfigurator(new HttpsConfigurator(tls));
                server = https;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public URI url() {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A one-time code head office would print with {@code hq enrol-code}. */
    public FakeHq code(String code) {
        codes.put(code, "");
        return this;
    }

    /** Head office already applied everything up to this seq (say, an acknowledgement that was lost). */
    public FakeHq lastSeq(long seq) {
        lastSeq = seq;
        return this;
    }

    public long lastSeq() {
        return lastSeq;
    }

    /** Mutations head office refuses for good. */
    public FakeHq rejecting(Predicate<Mutation> predicate) {
        reject = predicate;
        return this;
    }

    /** The next {@code n} requests fail with 500, as when head office's database is down. */
    public FakeHq faults(int n) {
        faults.set(n);
        return this;
    }

    /** Holds every pull until {@link #releasePulls()}. */
    public FakeHq holdPulls() {
        pullGate = new CountDownLatch(1);
        return this;
    }

    public void releasePulls() {
        pullGate.countDown();
    }

    public String token() {
        return token;
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try (ex) {
            if (!String.valueOf(Protocol.VERSION).equals(ex.getRequestHeaders().getFirst(Protocol.HEADER_PROTOCOL))
                    || ex.getRequestHeaders().getFirst(Protocol.HEADER_SCHEMA) == null) {
                error(ex, 426, "unsupported_version", "This head office speaks protocol 1.", null);
                return;
            }
            if (faults.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                error(ex, 500, "server_error", "The database is down.", null);
                return;
            }
            String path = ex.getRequestURI().getPath();
            if (path.equals("/v1/enrol")) {
                enrol(ex);
                return;
            }
            if (token == null || !("Bearer " + token).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
                error(ex, 401, "unauthorized", "Unknown or revoked device token.", null);
                return;
            }
            switch (path) {
                case "/v1/push" -> push(ex);
                case "/v1/pull" -> pull(ex);
                default -> error(ex, 404, "not_found", "No such operation.", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void enrol(HttpExchange ex) throws IOException {
        EnrolRequest req = Wire.read(body(ex), EnrolRequest.class);
        String usedBy = codes.get(req.code());
        if (usedBy == null || !usedBy.isEmpty() && !usedBy.equals(req.deviceId())) {
            error(ex, 401, "code_used", "This enrolment code is unknown or was used by another device.", null);
            return;
        }
        codes.put(req.code(), req.deviceId());
        token = "token-" + req.code() + "-" + req.deviceId();
        answer(ex, 200, new EnrolResponse(SHOP_ID, SHOP_NAME, req.deviceId(), token));
    }

    private synchronized void push(HttpExchange ex) throws IOException {
        pushes.incrementAndGet();
        PushRequest req = Wire.read(body(ex), PushRequest.class);
        pages.add(req.mutations().size());
        var fresh = req.mutations().stream().filter(m -> m.seq() > lastSeq).toList();
        if (!fresh.isEmpty() && fresh.get(0).seq() != lastSeq + 1) {
            error(ex, 409, "seq_gap", "Expected change " + (lastSeq + 1) + ".", lastSeq + 1);
            return;
        }
        List<Rejection> rejected = new ArrayList<>();
        for (Mutation m : fresh) {
            if (reject.test(m)) {
                rejected.add(new Rejection(m.seq(), m.id(), m.entity(), m.entityId(), "refused: " + m.entity()));
            } else {
                applied.add(m);
            }
            lastSeq = m.seq();
        }
        long through = req.mutations().isEmpty() ? lastSeq : req.mutations().get(req.mutations().size() - 1).seq();
        answer(ex, 200, new PushResponse(through, rejected));
    }

    private void pull(HttpExchange ex) throws IOException, InterruptedException {
        pulls.incrementAndGet();
        pullArrived.countDown();
        CountDownLatch gate = pullGate;
        if (gate != null) {
            gate.await(30, TimeUnit.SECONDS);
        }
        Map<String, String> q = new ConcurrentHashMap<>();
        for (String pair : ex.getRequestURI().getQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            q.put(kv[0], kv[1]);
        }
        long after = Long.parseLong(q.get("after"));
        int limit = Integer.parseInt(q.getOrDefault("limit", "500"));
        List<Change> newer = log.stream().filter(c -> c.cursor() > after).toList();
        List<Change> page = newer.subList(0, Math.min(limit, newer.size()));
        long next = page.isEmpty() ? after : page.get(page.size() - 1).cursor();
        answer(ex, 200, new PullResponse(page, next, newer.size() > page.size()));
    }

    private static byte[] body(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            return "gzip".equals(ex.getRequestHeaders().getFirst("Content-Encoding"))
                    ? Wire.gunzip(in, Protocol.MAX_INFLATED_BYTES)
                    : Wire.readAtMost(in, Protocol.MAX_INFLATED_BYTES);
        }
    }

    private static void error(HttpExchange ex, int status, String code, String message, Long expectedSeq)
            throws IOException {
        answer(ex, status, new ErrorBody(code, message, expectedSeq));
    }

    private static void answer(HttpExchange ex, int status, Object body) throws IOException {
        byte[] json = Wire.write(body);
        String accepts = ex.getRequestHeaders().getFirst("Accept-Encoding");
        if (accepts != null && accepts.contains("gzip")) {
            json = Wire.gzip(json);
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, json.length);
        ex.getResponseBody().write(json);
    }

    @Override
    public void close() {
        if (pullGate != null) {
            pullGate.countDown();
        }
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
