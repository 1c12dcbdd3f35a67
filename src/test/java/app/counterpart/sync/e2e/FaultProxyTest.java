package app.counterpart.sync.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.sync.e2e.FaultProxy.Fault;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each fault of the proxy does what it promises, seen from both ends: what the echo server behind it
 * received in full, and what the client got back.
 */
class FaultProxyTest {

    private static final long SEED = 8L;

    private HttpServer server;
    /** "POST /path body" of every request the server read to the end, in arrival order. */
    private final List<String> received = Collections.synchronizedList(new ArrayList<>());
    /** Counted down when a request's body ended before its Content-Length. */
    private final CountDownLatch shortBody = new CountDownLatch(1);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private FaultProxy proxy;

    @BeforeEach
    void startEchoServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::echo);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        if (proxy != null) {
            proxy.close();
        }
        server.stop(0);
    }

    private void echo(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            } catch (IOException e) {
                shortBody.countDown();
                return;
            }
            String length = ex.getRequestHeaders().getFirst("Content-Length");
            if (length != null && Integer.parseInt(length) != body.length) {
                shortBody.countDown();
                return;
            }
            String seen = ex.getRequestMethod() + " " + ex.getRequestURI().getPath() + " "
                    + new String(body, StandardCharsets.UTF_8);
            int n;
            synchronized (received) {
                received.add(seen);
                n = received.size();
            }
            byte[] answer = ("#" + n + " " + seen).getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, answer.length);
            ex.getResponseBody().write(answer);
        }
    }

    private FaultProxy proxy(Fault always) throws IOException {
        proxy = FaultProxy.start(uri(), SEED, always == Fault.NONE ? Map.of() : Map.of(always, 1.0));
        return proxy;
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(proxy.uri().resolve(path)).timeout(Duration.ofSeconds(10))
                .POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
    }

    @Test
    void noFaultForwardsRequestAndAnswerOverFreshConnections() throws Exception {
        proxy(Fault.NONE);
        HttpResponse<String> first = post("/v1/push", "page one");
        HttpResponse<String> second = post("/v1/push", "page two");

        assertEquals("#1 POST /v1/push page one", first.body());
        assertEquals("#2 POST /v1/push page two", second.body());
        assertEquals("close", first.headers().firstValue("Connection").orElse(""));
        assertEquals(List.of("POST /v1/push page one", "POST /v1/push page two"), received);
        assertEquals(2L, proxy.counts().get(Fault.NONE));
    }

    @Test
    void chunkedRequestBodyArrivesWhole() throws Exception {
        proxy(Fault.NONE);
        byte[] body = "a body sent in chunks".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(proxy.uri().resolve("/v1/push"))
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                BodyHandlers.ofString());

        assertEquals("#1 POST /v1/push a body sent in chunks", answer.body());
    }

    @Test
    void dropRequestNeverReachesTheServer() throws Exception {
        proxy(Fault.DROP_REQUEST);
        assertThrows(IOException.class, () -> post("/v1/push", "lost"));

        assertEquals(List.of(), received);
        assertEquals(1L, proxy.counts().get(Fault.DROP_REQUEST));
    }

    @Test
    void dropResponseLetsTheServerCommitButTheClientHearsNothing() throws Exception {
        proxy(Fault.DROP_RESPONSE);
        assertThrows(IOException.class, () -> post("/v1/push", "committed"));

        assertEquals(List.of("POST /v1/push committed"), received);
        assertEquals(1L, proxy.counts().get(Fault.DROP_RESPONSE));
    }

    @Test
    void duplicateDeliversTwiceAndAnswersWithOneOfTheAnswers() throws Exception {
        proxy(Fault.DUPLICATE);
        HttpResponse<String> answer = post("/v1/push", "twice");

        assertEquals(List.of("POST /v1/push twice", "POST /v1/push twice"), received);
        assertTrue(List.of("#1 POST /v1/push twice", "#2 POST /v1/push twice").contains(answer.body()),
                answer.body());
        assertEquals(1L, proxy.counts().get(Fault.DUPLICATE));
    }

    @Test
    void replayLaterSendsStaleCopiesAmongNewerRequests() throws Exception {
        proxy(Fault.REPLAY_LATER);
        for (int i = 1; i <= 10; i++) {
            assertEquals(200, post("/v1/push", "seq " + i).statusCode());
        }

        // Every request arrived once in order, plus the stale copies sent before later ones.
        assertEquals(10 + proxy.replayed(), received.size());
        assertTrue(proxy.replayed() > 0, proxy.summary());
        List<Integer> order = received.stream().map(r -> Integer.parseInt(r.substring(r.lastIndexOf(' ') + 1)))
                .toList();
        boolean stale = false;
        for (int i = 1; i < order.size(); i++) {
            stale |= order.get(i) < order.get(i - 1);
        }
        assertTrue(stale, "a replay should arrive after a newer request: " + order);
        assertEquals(10L, proxy.counts().get(Fault.REPLAY_LATER));
    }

    @Test
    void delayStillForwardsAndAnswers() throws Exception {
        proxy(Fault.DELAY);
        assertEquals("#1 POST /v1/push late", post("/v1/push", "late").body());

        assertEquals(List.of("POST /v1/push late"), received);
        assertEquals(1L, proxy.counts().get(Fault.DELAY));
    }

    @Test
    void cutBodyReachesTheServerIncompleteAndAnswersNothing() throws Exception {
        proxy(Fault.CUT_BODY);
        assertThrows(IOException.class, () -> post("/v1/push", "a body long enough to be cut somewhere"));

        assertTrue(shortBody.await(10, TimeUnit.SECONDS), "the server should see a body shorter than announced");
        assertEquals(List.of(), received);
        assertEquals(1L, proxy.counts().get(Fault.CUT_BODY));
    }

    @Test
    void error500AnswersForTheServer() throws Exception {
        proxy(Fault.ERROR_500);
        HttpResponse<String> answer = post("/v1/push", "refused");

        assertEquals(500, answer.statusCode());
        assertTrue(answer.body().contains("\"error\":\"proxy_fault\""), answer.body());
        assertEquals(List.of(), received);
        assertEquals(1L, proxy.counts().get(Fault.ERROR_500));
    }

    @Test
    void faultsOffForwardsEverything() throws Exception {
        proxy(Fault.DROP_REQUEST).faults(false);
        assertEquals("#1 POST /v1/push calm", post("/v1/push", "calm").body());

        assertEquals(1L, proxy.counts().get(Fault.NONE));
    }

    @Test
    void sameSeedGivesSameFaultsToTheSameRequests() throws Exception {
        Map<Fault, Long> first = run(FaultProxy.each(0.08));
        Map<Fault, Long> second = run(FaultProxy.each(0.08));

        assertEquals(first, second);
        assertEquals(40L, first.values().stream().mapToLong(Long::longValue).sum());
    }

    private Map<Fault, Long> run(Map<Fault, Double> probabilities) throws Exception {
        try (FaultProxy p = FaultProxy.start(uri(), SEED, probabilities)) {
            proxy = p;
            for (int i = 0; i < 40; i++) {
                try {
                    post("/v1/push", "request " + i);
                } catch (IOException expected) {
                    // a dropped or cut request: what the proxy is for
                }
            }
            return p.counts();
        } finally {
            proxy = null;
        }
    }
}
