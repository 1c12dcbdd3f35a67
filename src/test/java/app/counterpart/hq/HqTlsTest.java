package app.counterpart.hq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.counterpart.sync.protocol.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Currency;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS from a PKCS#12 key store, as {@code hq serve --tls-keystore} runs it, with a self-signed certificate. */
class HqTlsTest {

    private static final String PASSWORD = "changeit-hq";

    @TempDir
    Path dir;

    @Test
    void aClientTrustingTheSelfSignedCertificateEnrolsPushesAndPullsOverHttps() throws Exception {
        Path keyStore = selfSigned(dir.resolve("hq.p12"));
        try (HqStore store = HqStore.open("jdbc:sqlite:" + dir.resolve("hq.db"));
             HqServer server = HqServer.start(store, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                     HqServer.tls(keyStore, PASSWORD.toCharArray()))) {
            HqClient trusting = new HqClient(server.uri(),
                    HttpClient.newBuilder().sslContext(trusting(keyStore)).build());
            HqClient.Device till = trusting.enrol(store.newEnrolCode("Riverside"));

            Messages.PushResponse pushed = trusting.push(till, HqClient.next(till, HqClient.sale("2026-11-27", 800)));

            store.publishProducts(HqServerTest.productCsv("P-7").getBytes(StandardCharsets.UTF_8), null,
                    Currency.getInstance("CNY"));
            Messages.PullResponse pulled = HqClient.read(trusting.get("/v1/pull", till.token), Messages.PullResponse.class);

            assertEquals("https", server.uri().getScheme());
            assertEquals(List.of("P-7"), pulled.changes().stream().map(Messages.Change::entityId).toList());
            assertNull(pulled.changes().get(0).originDevice());
            assertEquals(1, pushed.ackedThrough());
            assertEquals(List.of(new Messages.DayFigures("Riverside", "2026-11-27", 1, 800)), store.report());
            // The JDK's default trust does not know a self-signed head office.
            HqClient untrusting = new HqClient(server.uri());
            assertThrows(SSLHandshakeException.class, () -> untrusting.http.send(
                    untrusting.request("/v1/health", null).GET().build(), HttpResponse.BodyHandlers.discarding()));
        }
    }

    private static Path selfSigned(Path file) throws IOException, InterruptedException {
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "hq", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", file.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertEquals(0, keytool.waitFor(), output);
        return file;
    }

    /** A client context trusting just the certificate in the key store. */
    private static SSLContext trusting(Path keyStore) throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("hq", keys.getCertificate("hq"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }
}
