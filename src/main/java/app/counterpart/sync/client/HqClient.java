package app.counterpart.sync.client;

import app.counterpart.store.Database;
import app.counterpart.sync.protocol.Messages.EnrolRequest;
import app.counterpart.sync.protocol.Messages.EnrolResponse;
import app.counterpart.sync.protocol.Messages.ErrorBody;
import app.counterpart.sync.protocol.Messages.PullResponse;
import app.counterpart.sync.protocol.Messages.PushResponse;
import app.counterpart.sync.protocol.Protocol;
import app.counterpart.sync.protocol.Wire;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

/**
 * Head office's HTTP API as this device calls it (docs/sync-protocol.md): gzip bodies, the protocol
 * and schema headers, the device token, and every refusal turned into a sentence for a person.
 */
public final class HqClient {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** An answer bigger than this once inflated is not head office talking. */
    private static final int MAX_ANSWER_BYTES = 64 * 1024 * 1024;

    private final HttpClient http;
    private final URI base;
    private final String token;
    private final Duration requestTimeout;

    /**
     * @param base  head office's address, e.g. {@code https://hq.example.com:8443}
     * @param token the device token, or null before enrolment
     */
    public HqClient(HttpClient http, URI base, String token, Duration requestTimeout) {
        this.http = http;
        this.base = base;
        this.token = token;
        this.requestTimeout = requestTimeout;
    }

    /**
     * An HTTP client trusting the certificates of a PKCS#12 trust store (a self-signed head office), or
     * the JDK's default trust when {@code trustStore} is null.
     */
    public static HttpClient httpClient(Path trustStore, String password, Duration connectTimeout)
            throws SyncException {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER);
        if (trustStore != null) {
            builder.sslContext(trusting(trustStore, password));
        }
        return builder.build();
    }

    private static SSLContext trusting(Path file, String password) throws SyncException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password == null ? new char[0] : password.toCharArray());
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            return ssl;
        } catch (IOException | GeneralSecurityException e) {
            throw new SyncException("The trust store " + file + " cannot be read: " + describe(e), e);
        }
    }

    public EnrolResponse enrol(EnrolRequest request) throws SyncException {
        return send(post("/v1/enrol", Wire.write(request)), EnrolResponse.class, "enrol");
    }

    /**
     * Sends one page of this device's outbox.
     *
     * @throws SeqGapException when head office expects another seq first
     */
    public PushResponse push(String deviceId, OutboxReader.Page page) throws SyncException {
        return send(post("/v1/push", page.pushBody(deviceId)), PushResponse.class, "push");
    }

    public PullResponse pull(long after, int limit) throws SyncException {
        return send(request("/v1/pull?after=" + after + "&limit=" + limit).GET().build(), PullResponse.class,
                "pull");
    }

    private HttpRequest post(String path, byte[] json) {
        return request(path).header("Content-Type", "application/json").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Wire.gzip(json))).build();
    }

    private HttpRequest.Builder request(String path) {
        String root = base.toString().replaceAll("/+$", "");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path)).timeout(requestTimeout)
                .header(Protocol.HEADER_PROTOCOL, Integer.toString(Protocol.VERSION))
                .header(Protocol.HEADER_SCHEMA, Integer.toString(Database.SCHEMA_VERSION))
                .header("Accept", "application/json")
                .header("Accept-Encoding", "gzip");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private <T> T send(HttpRequest request, Class<T> type, String what) throws SyncException {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new SyncException("Head office could not be reached: " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException("Sync was interrupted", e);
        }
        byte[] body;
        try {
            body = inflated(response);
        } catch (IOException e) {
            throw new SyncException("Head office sent an answer that cannot be read: " + describe(e), e);
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            try {
                return Wire.read(body, type);
            } catch (IOException e) {
                throw new SyncException("Head office sent an answer to " + what + " that cannot be read: "
                        + describe(e), e);
            }
        }
        throw refusal(status, errorBody(body), what);
    }

    private static byte[] inflated(HttpResponse<byte[]> response) throws IOException {
        boolean gzipped = response.headers().firstValue("Content-Encoding").map(v -> v.equalsIgnoreCase("gzip"))
                .orElse(false);
        return gzipped ? Wire.gunzip(new ByteArrayInputStream(response.body()), MAX_ANSWER_BYTES) : response.body();
    }

    private static ErrorBody errorBody(byte[] body) {
        try {
            ErrorBody parsed = Wire.read(body, ErrorBody.class);
            if (parsed != null) {
                return parsed;
            }
        } catch (IOException e) {
            // Not our JSON (a proxy's error page, say): the status alone must do.
        }
        return new ErrorBody(null, null, null);
    }

    private static SyncException refusal(int status, ErrorBody error, String what) {
        String said = error.message() != null ? " Head office said: " + error.message() : "";
        if (status == 409 && "seq_gap".equals(error.error()) && error.expectedSeq() != null) {
            return new SeqGapException(error.expectedSeq(),
                    "Head office expects change " + error.expectedSeq() + " next." + said);
        }
        String sentence = switch (status) {
            case 401 -> what.equals("enrol")
                    ? "Head office refused the enrolment code (401)."
                    : "Head office no longer accepts this device's token (401): enrol it again with a new code.";
            case 403 -> "Head office refused: this device belongs to another shop (403).";
            case 413 -> "Head office refused a request as too large (413).";
            case 426 -> "Head office speaks another protocol or schema version (426): update Counterpart.";
            case 400 -> "Head office could not read this device's request (400).";
            case 404 -> "Head office does not offer this (404): check its address.";
            default -> status >= 500
                    ? "Head office had a fault (" + status + "); sync will try again."
                    : "Head office answered " + status + ".";
        };
        return new SyncException(sentence + said);
    }

    private static String describe(Exception e) {
        if (e instanceof HttpTimeoutException) {
            return "no answer in time";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return "secure connection failed (" + t.getMessage()
                        + "); if head office uses its own certificate, add it to the trust store";
            }
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
