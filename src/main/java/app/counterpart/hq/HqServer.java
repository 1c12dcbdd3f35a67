package app.counterpart.hq;

import app.counterpart.sync.protocol.Messages;
import app.counterpart.sync.protocol.Protocol;
import app.counterpart.sync.protocol.Wire;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Head office's HTTP API (docs/sync-protocol.md, "Operations") on the JDK's own HTTP server, over
 * HTTPS when given a TLS context. A fixed pool of threads answers; each request is logged as one
 * JSON line on the {@code app.counterpart.hq.access} logger.
 */
public final class HqServer implements AutoCloseable {

    private static final Logger ACCESS = Logger.getLogger("app.counterpart.hq.access");
    private static final Logger LOG = Logger.getLogger(HqServer.class.getName());
    private static final int THREADS = 8;
    /**
     * The shop store schema this build was written with (store's Database.SCHEMA_VERSION, which head
     * office may not depend on); shops on it and on the one before are served.
     */
    public static final int SHOP_SCHEMA = 14;
    /** Answers shorter than this go out plain: gzip would make them longer. */
    private static final int GZIP_FROM = 1024;
    /** A body over the limit is read and thrown away up to this, so the client gets to read its 413. */
    private static final long MAX_DRAIN = 64L * 1024 * 1024;
    private static final Pattern REVOKE = Pattern.compile("/v1/admin/devices/([^/]+)/revoke");
    /** Prices in a published product file are decimals of this currency unless the request names another. */
    private static final String DEFAULT_CURRENCY = "CNY";

    private final HqStore store;
    private final HttpServer server;
    private final ExecutorService threads;

    private HqServer(HqStore store, HttpServer server, ExecutorService threads) {
        this.store = store;
        this.server = server;
        this.threads = threads;
    }

    /** Starts answering on {@code bind} (port 0: any free port); HTTPS when {@code tlsOrNull} is given. */
    public static HqServer start(HqStore store, InetSocketAddress bind, SSLContext tlsOrNull) {
        try {
            HttpServer server;
            if (tlsOrNull == null) {
                server = HttpServer.create(bind, 0);
            } else {
                HttpsServer https = HttpsServer.create(bind, 0);
                https.setHttpsConfigurator(new HttpsConfigurator(tlsOrNull));
                server = https;
            }
            AtomicInteger n = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(THREADS, r -> {
                Thread t = new Thread(r, "hq-http-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            HqServer hq = new HqServer(store, server, threads);
            server.setExecutor(threads);
            server.createContext("/", hq::handle);
            server.start();
            return hq;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + bind + ": " + e.getMessage(), e);
        }
    }

    /** A TLS context serving the first key of a PKCS#12 key store. */
    public static SSLContext tls(Path keyStore, char[] password) {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(ks, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot use key store " + keyStore + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Where clients reach it, e.g. {@code http://127.0.0.1:8443}. */
    public URI uri() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "localhost" : a.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create((server instanceof HttpsServer ? "https" : "http") + "://" + host + ":" + a.getPort());
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    // ---- one request -----------------------------------------------------------------------------

    /** One exchange and what its log line says about it. */
    private static final class Call {
        final HttpExchange exchange;
        final String requestId;
        final long started = System.nanoTime();
        final Map<String, String> query;
        int status;
        long bytesIn;
        long bytesOut;
        String shop;
        String device;

        Call(HttpExchange exchange) {
            this.exchange = exchange;
            String id = exchange.getRequestHeaders().getFirst(Protocol.HEADER_REQUEST_ID);
            this.requestId = id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
            this.query = query(exchange.getRequestURI().getRawQuery());
        }

        String method() {
            return exchange.getRequestMethod();
        }

        String path() {
            return exchange.getRequestURI().getPath();
        }

        String bearer() {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            return auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : null;
        }

        byte[] body() throws IOException {
            String length = exchange.getRequestHeaders().getFirst("Content-Length");
            if (length != null && Long.parseLong(length.strip()) > Protocol.MAX_BODY_BYTES) {
                throw new Wire.TooLargeException(Protocol.MAX_BODY_BYTES);
            }
            byte[] raw = Wire.readAtMost(exchange.getRequestBody(), Protocol.MAX_BODY_BYTES);
            bytesIn = raw.length;
            String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
            if (encoding != null && encoding.strip().equalsIgnoreCase("gzip")) {
                return Wire.gunzip(new ByteArrayInputStream(raw), Protocol.MAX_INFLATED_BYTES);
            }
            return raw;
        }

        <T> T body(Class<T> type) throws IOException {
            T value = Wire.read(body(), type);
            if (value == null) {
                throw HqException.badRequest("the request needs a JSON body");
            }
            return value;
        }

        LocalDate day(String name) {
            String text = query.get(name);
            try {
                return text == null || text.isBlank() ? null : LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw HqException.badRequest(name + " \"" + text + "\" is not a date like 2026-11-27");
            }
        }

        long number(String name, long fallback) {
            String text = query.get(name);
            try {
                return text == null || text.isBlank() ? fallback : Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                throw HqException.badRequest(name + " \"" + text + "\" is not a whole number");
            }
        }

        void send(int code, Object body) throws IOException {
            status = code;
            byte[] json = Wire.write(body);
            var headers = exchange.getResponseHeaders();
            headers.set("Content-Type", "application/json; charset=utf-8");
            headers.set(Protocol.HEADER_REQUEST_ID, requestId);
            String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            if (json.length >= GZIP_FROM && accept != null && accept.toLowerCase(Locale.ROOT).contains("gzip")) {
                json = Wire.gzip(json);
                headers.set("Content-Encoding", "gzip");
            }
            bytesOut = json.length;
            exchange.sendResponseHeaders(code, json.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(json);
            }
        }

        void fail(int code, String error, String message, Long expectedSeq) throws IOException {
            send(code, new Messages.ErrorBody(error, message, expectedSeq));
        }

        private static Map<String, String> query(String raw) {
            Map<String, String> out = new HashMap<>();
            if (raw != null) {
                for (String pair : raw.split("&")) {
                    int eq = pair.indexOf('=');
                    String key = eq < 0 ? pair : pair.substring(0, eq);
                    String value = eq < 0 ? "" : pair.substring(eq + 1);
                    out.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
                }
            }
            return out;
        }
    }

    private void handle(HttpExchange exchange) {
        Call call = new Call(exchange);
        try {
            try {
                route(call);
            } catch (HqException e) {
                call.fail(e.status(), e.error(), e.getMessage(), e.expectedSeq());
            } catch (Wire.TooLargeException e) {
                drain(exchange);
                call.fail(413, "too_large", "a request body may be at most " + Protocol.MAX_BODY_BYTES
                        + " bytes on the wire and " + Protocol.MAX_INFLATED_BYTES + " bytes once inflated", null);
            } catch (JsonProcessingException e) {
                call.fail(400, "malformed_json", "the body is not the JSON expected: " + e.getOriginalMessage(), null);
            } catch (ZipException | NumberFormatException e) {
                call.fail(400, "bad_request", "the request cannot be read: " + e.getMessage(), null);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "request " + call.requestId + " failed", e);
                call.fail(500, "server_error", "head office could not answer; nothing was written, try again", null);
            }
        } catch (IOException e) {
            // The client went away while we answered; there is nobody left to tell.
            call.status = call.status == 0 ? 499 : call.status;
        } finally {
            exchange.close();
            log(call);
        }
    }

    private static void drain(HttpExchange exchange) {
        try {
            InputStream in = exchange.getRequestBody();
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            for (int n; total < MAX_DRAIN && (n = in.read(buf)) > 0; ) {
                total += n;
            }
        } catch (IOException e) {
            // The body is refused anyway.
        }
    }

    private void route(Call call) throws IOException {
        String path = call.path();
        String method = call.method();
        if (path.equals("/v1/health") && method.equals("GET")) {
            call.send(200, new Messages.Health("ok", Protocol.VERSION, Protocol.OLDEST_ACCEPTED, store.database(),
                    store.clock().millis()));
            return;
        }
        checkVersions(call);
        switch (method + " " + path) {
            case "POST /v1/enrol" -> {
                Messages.EnrolRequest request = call.body(Messages.EnrolRequest.class);
                if (request.protocol() != 0 && !Protocol.accepts(request.protocol())) {
                    throw unsupported("protocol " + request.protocol());
                }
                call.device = request.deviceId();
                Messages.EnrolResponse response = store.enrol(request);
                call.shop = response.shopName();
                call.send(200, response);
            }
            case "POST /v1/push" -> {
                HqStore.Device device = device(call);
                Messages.PushRequest request = call.body(Messages.PushRequest.class);
                if (request.protocol() != 0 && !Protocol.accepts(request.protocol())) {
                    throw unsupported("protocol " + request.protocol());
                }
                if (request.schema() != 0) {
                    checkSchema(Integer.toString(request.schema()));
                }
                call.send(200, store.push(call.bearer(), request));
                call.device = device.id();
            }
            case "GET /v1/pull" -> {
                HqStore.Device device = device(call);
                long limit = call.number("limit", Protocol.MAX_PULL_CHANGES);
                if (limit < 1) {
                    throw HqException.badRequest("limit must be at least 1");
                }
                call.send(200, store.pull(device, call.number("after", 0),
                        (int) Math.min(limit, Protocol.MAX_PULL_CHANGES)));
            }
            case "GET /v1/shop/days" -> {
                HqStore.Device device = device(call);
                call.send(200, store.report(device.shopId(), call.day("from"), call.day("to")));
            }
            case "GET /v1/shop/rejected" -> call.send(200, store.rejected(device(call).shopId()));
            case "GET /v1/admin/report" -> {
                admin(call);
                call.send(200, store.report(null, call.day("from"), call.day("to")));
            }
            case "GET /v1/admin/shops" -> {
                admin(call);
                call.send(200, store.shops());
            }
            case "GET /v1/admin/rejected" -> {
                admin(call);
                String shop = call.query.get("shop");
                call.shop = shop;
                call.send(200, store.rejected(shop == null || shop.isBlank() ? null : store.shopIdByName(shop)));
            }
            case "POST /v1/admin/publish/products" -> {
                admin(call);
                String shop = call.query.get("shop");
                call.shop = shop;
                Currency currency = currency(call.query.getOrDefault("currency", DEFAULT_CURRENCY));
                int published = store.publishProducts(call.body(), shop == null || shop.isBlank() ? null : shop,
                        currency);
                call.send(200, Map.of("published", published));
            }
            default -> {
                Matcher revoke = REVOKE.matcher(path);
                if (method.equals("POST") && revoke.matches()) {
                    admin(call);
                    call.device = revoke.group(1);
                    store.revokeDevice(call.device);
                    call.send(200, Map.of("revoked", call.device));
                } else {
                    throw HqException.notFound("head office has no " + method + " " + path);
                }
            }
        }
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw HqException.badRequest("currency \"" + code + "\" is not an ISO 4217 code like CNY");
        }
    }

    /** The device of the bearer token; a device asking about another shop by name gets 403. */
    private HqStore.Device device(Call call) {
        HqStore.Device device = store.device(call.bearer());
        call.device = device.id();
        call.shop = device.shopName();
        String shop = call.query.get("shop");
        if (shop != null && !shop.equals(device.shopName()) && !shop.equals(device.shopId())) {
            throw HqException.forbidden("a device of " + device.shopName() + " cannot read another shop");
        }
        return device;
    }

    private void admin(Call call) {
        if (!store.isAdmin(call.bearer())) {
            throw HqException.unauthorized("unauthorized", "an admin token is needed (counterpart hq admin-token)");
        }
    }

    private static void checkVersions(Call call) {
        String protocol = call.exchange.getRequestHeaders().getFirst(Protocol.HEADER_PROTOCOL);
        if (protocol == null || !protocol.strip().matches("\\d{1,6}") || !Protocol.accepts(Integer.parseInt(protocol.strip()))) {
            throw unsupported(protocol == null ? "no " + Protocol.HEADER_PROTOCOL + " header" : "protocol " + protocol);
        }
        String schema = call.exchange.getRequestHeaders().getFirst(Protocol.HEADER_SCHEMA);
        if (schema != null) {
            checkSchema(schema);
        }
    }

    private static void checkSchema(String schema) {
        int version = schema.strip().matches("\\d{1,6}") ? Integer.parseInt(schema.strip()) : -1;
        if (version != SHOP_SCHEMA && version != SHOP_SCHEMA - 1) {
            throw new HqException(426, "unsupported_schema", "head office serves shops on store schema "
                    + (SHOP_SCHEMA - 1) + " and " + SHOP_SCHEMA + ", not " + schema + "; update this shop's Counterpart");
        }
    }

    private static HqException unsupported(String what) {
        return new HqException(426, "unsupported_protocol", "head office speaks sync protocol "
                + Protocol.OLDEST_ACCEPTED + " to " + Protocol.VERSION + ", not " + what + "; update Counterpart");
    }

    private static void log(Call call) {
        ObjectNode line = Wire.JSON.createObjectNode();
        line.put("method", call.method());
        line.put("path", call.path());
        line.put("status", call.status);
        line.put("millis", (System.nanoTime() - call.started) / 1_000_000);
        line.put("shop", call.shop);
        line.put("device", call.device);
        line.put("request_id", call.requestId);
        line.put("bytes_in", call.bytesIn);
        line.put("bytes_out", call.bytesOut);
        ACCESS.info(Json.text(line));
    }
}
