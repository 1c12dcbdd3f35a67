package app.counterpart.sync.e2e;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A real TCP proxy on a loopback port in front of a plain HTTP/1.1 server, which does to each request
 * what a bad network does to a till's sync: loses it, loses its answer after the server committed,
 * delivers it twice, delivers a stale copy again later (out of order with newer requests), delays it,
 * cuts its body short, or answers 500 for the server. The fault of each request comes from one seeded
 * {@link Random}, so a failing run can be replayed from its seed when requests arrive one at a time.
 *
 * <p>One request per client connection: every answer says {@code Connection: close}, so the client
 * opens a new connection for its next request, and a fault never leaves half a conversation on a
 * connection the client would reuse. Upstream, each forwarded request gets its own connection too.
 */
public final class FaultProxy implements AutoCloseable {

    /** What happens to one request. */
    public enum Fault {
        /** Forwarded and answered. */
        NONE,
        /** The connection closes before anything reaches the server. */
        DROP_REQUEST,
        /** The server gets the request and answers; the client gets a closed connection instead. */
        DROP_RESPONSE,
        /** The server gets the request twice; the client gets one of the two answers. */
        DUPLICATE,
        /** Forwarded and answered now, and sent to the server once more later, before some later request. */
        REPLAY_LATER,
        /** Forwarded and answered after a pause of a few milliseconds up to 200 ms. */
        DELAY,
        /** The server gets the headers and part of the body, then both connections close. */
        CUT_BODY,
        /** The proxy answers 500 itself; the server never sees the request. */
        ERROR_500
    }

    private static final Logger LOG = Logger.getLogger(FaultProxy.class.getName());
    /** Headers that describe one connection, not the request: the proxy sets its own. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "upgrade", "http2-settings",
            "transfer-encoding", "te", "trailer", "proxy-connection", "expect");
    private static final int MAX_HEAD_BYTES = 64 * 1024;

    private final InetSocketAddress upstream;
    private final Map<Fault, Double> probabilities;
    private final Random random;
    private final ServerSocket server;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-proxy");
        t.setDaemon(true);
        return t;
    });
    private final Map<Fault, AtomicLong> counts = new EnumMap<>(Fault.class);
    private final AtomicLong replayed = new AtomicLong();
    /** Requests waiting to be sent to the server a second time, stale by then. */
    private final List<Request> replays = new ArrayList<>();
    private volatile boolean faultsOn = true;

    private FaultProxy(InetSocketAddress upstream, long seed, Map<Fault, Double> probabilities) throws IOException {
        double sum = probabilities.values().stream().mapToDouble(Double::doubleValue).sum();
        if (sum > 1.0 || probabilities.values().stream().anyMatch(p -> p < 0)) {
            throw new IllegalArgumentException("fault probabilities must be >= 0 and add up to at most 1: "
                    + probabilities);
        }
        this.upstream = upstream;
        this.probabilities = new EnumMap<>(Fault.class);
        this.probabilities.putAll(probabilities);
        this.random = new Random(seed);
        for (Fault f : Fault.values()) {
            counts.put(f, new AtomicLong());
        }
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        workers.execute(this::acceptLoop);
    }

    /**
     * Starts a proxy to {@code upstream} (an {@code http://host:port} URI; its path is ignored).
     *
     * @param probabilities the chance of each fault per request; what they leave up to 1 is {@link Fault#NONE}
     */
    public static FaultProxy start(URI upstream, long seed, Map<Fault, Double> probabilities) throws IOException {
        return new FaultProxy(new InetSocketAddress(upstream.getHost(), upstream.getPort()), seed, probabilities);
    }

    /** The same probability for every fault but {@link Fault#NONE}. */
    public static Map<Fault, Double> each(double probability) {
        Map<Fault, Double> p = new EnumMap<>(Fault.class);
        for (Fault f : Fault.values()) {
            if (f != Fault.NONE) {
                p.put(f, probability);
            }
        }
        return p;
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The proxy's address, to give the client in place of the server's. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** Turns faults off (every request forwarded as it is) or on again; stale replays wait meanwhile. */
    public void faults(boolean on) {
        faultsOn = on;
    }

    /** How many requests got each fault so far. */
    public Map<Fault, Long> counts() {
        Map<Fault, Long> out = new EnumMap<>(Fault.class);
        counts.forEach((f, n) -> out.put(f, n.get()));
        return out;
    }

    /** How many stale copies of {@link Fault#REPLAY_LATER} requests reached the server so far. */
    public long replayed() {
        return replayed.get();
    }

    /** One line for test output: the seed's counts of each fault. */
    public String summary() {
        return counts() + ", stale replays sent " + replayed();
    }

    @Override
    public void close() throws IOException {
        server.close();
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                workers.execute(() -> serve(client));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.log(Level.WARNING, "fault proxy stopped accepting", e);
                }
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            Request request;
            try {
                request = Request.read(client.getInputStream());
            } catch (EOFException e) {
                return; // the client opened a connection and closed it without a request
            }
            Decision d = decide();
            counts.get(d.fault).incrementAndGet();
            if (d.stale != null) {
                forwardQuietly(d.stale);
                replayed.incrementAndGet();
            }
            OutputStream out = client.getOutputStream();
            switch (d.fault) {
                case NONE -> out.write(forward(request));
                case REPLAY_LATER -> {
                    byte[] answer = forward(request);
                    // Remembered before answering: the client's next request must find it, or the same
                    // seed would draw differently from run to run.
                    remember(request);
                    out.write(answer);
                }
                case DROP_REQUEST -> {
                }
                case DROP_RESPONSE -> forward(request);
                case DUPLICATE -> {
                    byte[] first = forward(request);
                    byte[] second = forward(request);
                    out.write(d.answerFirst ? first : second);
                }
                case DELAY -> {
                    Thread.sleep(d.delayMillis);
                    out.write(forward(request));
                }
                case CUT_BODY -> cut(request, d.cutAt);
                case ERROR_500 -> out.write(error500());
            }
            out.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SocketException e) {
            // The client gave up on this connection (its timeout, or it was killed): nothing to answer.
        } catch (IOException e) {
            LOG.log(Level.FINE, "fault proxy connection ended", e);
        }
    }

    /** Everything random about one request, drawn at once under one lock so a seed replays the same. */
    private record Decision(Fault fault, Request stale, boolean answerFirst, long delayMillis, int cutAt) {
    }

    private Decision decide() {
        synchronized (random) {
            Fault fault = Fault.NONE;
            if (faultsOn) {
                double r = random.nextDouble();
                double acc = 0;
                for (Fault f : Fault.values()) {
                    acc += probabilities.getOrDefault(f, 0.0);
                    if (f != Fault.NONE && r < acc) {
                        fault = f;
                        break;
                    }
                }
            }
            // A stale request goes out before this one half of the time, so it lands among newer ones.
            Request stale = null;
            if (faultsOn && !replays.isEmpty() && random.nextBoolean()) {
                stale = replays.remove(random.nextInt(replays.size()));
            }
            boolean answerFirst = random.nextBoolean();
            long delay = 2 + random.nextInt(199);
            int cutAt = random.nextInt(Integer.MAX_VALUE);
            return new Decision(fault, stale, answerFirst, delay, cutAt);
        }
    }

    private void remember(Request request) {
        synchronized (random) {
            replays.add(request);
        }
    }

    /** Sends the request upstream on a connection of its own and returns the whole answer, rewritten for the client. */
    private byte[] forward(Request request) throws IOException {
        try (Socket up = new Socket(upstream.getAddress(), upstream.getPort())) {
            OutputStream out = up.getOutputStream();
            out.write(request.head());
            out.write(request.body);
            out.flush();
            return Response.read(up.getInputStream()).bytes();
        }
    }

    private void forwardQuietly(Request stale) {
        try {
            forward(stale);
        } catch (IOException e) {
            LOG.log(Level.FINE, "stale replay not answered", e);
        }
    }

    private void cut(Request request, int draw) throws IOException {
        try (Socket up = new Socket(upstream.getAddress(), upstream.getPort())) {
            OutputStream out = up.getOutputStream();
            out.write(request.head());
            // Part of the body: none of it for an empty body's request, else 0..length-1 bytes.
            int part = request.body.length == 0 ? 0 : draw % request.body.length;
            out.write(request.body, 0, part);
            out.flush();
        }
    }

    private static byte[] error500() {
        byte[] body = "{\"error\":\"proxy_fault\",\"message\":\"The fault proxy answered for the server.\"}"
                .getBytes(StandardCharsets.UTF_8);
        return Response.assemble("HTTP/1.1 500 Internal Server Error",
                List.of("Content-Type: application/json"), body);
    }

    /** One HTTP/1.1 request as the client sent it, body de-chunked. */
    private static final class Request {
        final String requestLine;
        final List<String> headers;
        final byte[] body;

        private Request(String requestLine, List<String> headers, byte[] body) {
            this.requestLine = requestLine;
            this.headers = headers;
            this.body = body;
        }

        static Request read(InputStream in) throws IOException {
            List<String> lines = readHead(in);
            String requestLine = lines.get(0);
            List<String> headers = lines.subList(1, lines.size());
            byte[] body = readBody(in, headers, false);
            return new Request(requestLine, headers, body);
        }

        /** The request line and headers to send upstream: hop-by-hop headers replaced, one request per connection. */
        byte[] head() {
            List<String> out = new ArrayList<>();
            for (String h : headers) {
                String name = name(h);
                if (!HOP_BY_HOP.contains(name) && !name.equals("content-length")) {
                    out.add(h);
                }
            }
            out.add("Content-Length: " + body.length);
            out.add("Connection: close");
            StringBuilder s = new StringBuilder(requestLine).append("\r\n");
            out.forEach(h -> s.append(h).append("\r\n"));
            return s.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    /** One HTTP/1.1 answer from the server, body de-chunked. */
    private record Response(String statusLine, List<String> headers, byte[] body) {

        static Response read(InputStream in) throws IOException {
            List<String> lines = readHead(in);
            String status = lines.get(0);
            List<String> headers = lines.subList(1, lines.size());
            int code = Integer.parseInt(status.split(" ")[1]);
            boolean bodyless = code / 100 == 1 || code == 204 || code == 304;
            return new Response(status, headers, bodyless ? new byte[0] : readBody(in, headers, true));
        }

        byte[] bytes() {
            List<String> kept = new ArrayList<>();
            for (String h : headers) {
                String name = name(h);
                if (!HOP_BY_HOP.contains(name) && !name.equals("content-length")) {
                    kept.add(h);
                }
            }
            return assemble(statusLine, kept, body);
        }

        static byte[] assemble(String statusLine, List<String> headers, byte[] body) {
            StringBuilder s = new StringBuilder(statusLine).append("\r\n");
            headers.forEach(h -> s.append(h).append("\r\n"));
            s.append("Content-Length: ").append(body.length).append("\r\n");
            s.append("Connection: close\r\n\r\n");
            byte[] head = s.toString().getBytes(StandardCharsets.ISO_8859_1);
            byte[] all = new byte[head.length + body.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(body, 0, all, head.length, body.length);
            return all;
        }
    }

    private static String name(String header) {
        int colon = header.indexOf(':');
        return (colon < 0 ? header : header.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
    }

    private static String value(List<String> headers, String name) {
        for (String h : headers) {
            if (name(h).equals(name)) {
                return h.substring(h.indexOf(':') + 1).trim();
            }
        }
        return null;
    }

    /** The start line and header lines up to the blank line; EOF before any byte means no message at all. */
    private static List<String> readHead(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int total = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed inside the message head");
            }
            if (++total > MAX_HEAD_BYTES) {
                throw new IOException("message head over " + MAX_HEAD_BYTES + " bytes");
            }
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                if (text.endsWith("\r")) {
                    text = text.substring(0, text.length() - 1);
                }
                line.reset();
                if (text.isEmpty()) {
                    if (lines.isEmpty()) {
                        continue; // blank lines before a message are allowed
                    }
                    return lines;
                }
                lines.add(text);
            } else {
                line.write(b);
            }
        }
    }

    /** A body by Content-Length or chunked; an answer with neither runs to the end of the connection. */
    private static byte[] readBody(InputStream in, List<String> headers, boolean untilEofAllowed) throws IOException {
        String te = value(headers, "transfer-encoding");
        if (te != null && te.toLowerCase(Locale.ROOT).contains("chunked")) {
            return readChunked(in);
        }
        String length = value(headers, "content-length");
        if (length != null) {
            return readExactly(in, Integer.parseInt(length));
        }
        return untilEofAllowed ? in.readAllBytes() : new byte[0];
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            int semi = sizeLine.indexOf(';');
            int size = Integer.parseInt((semi < 0 ? sizeLine : sizeLine.substring(0, semi)).trim(), 16);
            if (size == 0) {
                while (!readLine(in).isEmpty()) {
                    // trailers: dropped, the proxy sends a plain Content-Length body
                }
                return out.toByteArray();
            }
            out.write(readExactly(in, size));
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != '\n'; ) {
            if (b < 0) {
                throw new EOFException("connection closed inside a chunked body");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static byte[] readExactly(InputStream in, int n) throws IOException {
        byte[] bytes = in.readNBytes(n);
        if (bytes.length < n) {
            throw new EOFException("body ended after " + bytes.length + " of " + n + " bytes");
        }
        return bytes;
    }
}
