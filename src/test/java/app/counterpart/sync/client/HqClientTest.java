package app.counterpart.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.counterpart.sync.protocol.Messages.EnrolRequest;
import app.counterpart.sync.protocol.Messages.EnrolResponse;
import app.counterpart.sync.protocol.Protocol;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A head office with a self-signed certificate, trusted only through the shop's trust store. */
class HqClientTest {

    private static final String PASSWORD = "changeit";

    @TempDir
    static Path dir;
    static Path trustStore;
    static FakeHq hq;

    @BeforeAll
    static void selfSignedHeadOffice() throws Exception {
        Path keyStore = dir.resolve("hq.p12");
        Path cert = dir.resolve("hq.cer");
        trustStore = dir.resolve("trust.p12");
        keytool("-genkeypair", "-alias", "hq", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-alias", "hq", "-keystore", keyStore.toString(), "-storepass", PASSWORD,
                "-file", cert.toString());
        keytool("-importcert", "-noprompt", "-alias", "hq", "-file", cert.toString(), "-storetype", "PKCS12",
                "-keystore", trustStore.toString(), "-storepass", PASSWORD);
        hq = new FakeHq(serverContext(keyStore)).code("CODE-1");
    }

    @AfterAll
    static void stop() {
        hq.close();
    }

    private static EnrolRequest request() {
        return new EnrolRequest(Protocol.VERSION, "CODE-1", "device-1", "T1", "Till 1");
    }

    @Test
    void aHeadOfficeWithItsOwnCertificateIsReachedThroughTheTrustStore() throws Exception {
        HqClient client = new HqClient(HqClient.httpClient(trustStore, PASSWORD, HqClient.CONNECT_TIMEOUT),
                hq.url(), null, HqClient.REQUEST_TIMEOUT);
        EnrolResponse answer = client.enrol(request());
        assertThat(answer.shopName()).isEqualTo(FakeHq.SHOP_NAME);
        assertThat(answer.token()).isEqualTo(hq.token());
    }

    @Test
    void withoutTheTrustStoreTheConnectionIsRefusedWithAHint() throws Exception {
        HqClient client = new HqClient(HqClient.httpClient(null, null, HqClient.CONNECT_TIMEOUT), hq.url(), null,
                HqClient.REQUEST_TIMEOUT);
        assertThatThrownBy(() -> client.enrol(request()))
                .isInstanceOf(SyncException.class)
                .hasMessageStartingWith("Head office could not be reached")
                .hasMessageContaining("trust store");
    }

    @Test
    void aWrongTrustStorePasswordIsNamed() {
        assertThatThrownBy(() -> HqClient.httpClient(trustStore, "wrong", HqClient.CONNECT_TIMEOUT))
                .isInstanceOf(SyncException.class)
                .hasMessageContaining("cannot be read");
    }

    private static SSLContext serverContext(Path keyStore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        return tls;
    }

    private static void keytool(String... args) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        String[] command = new String[args.length + 1];
        command[0] = keytool.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(output).isZero();
    }
}
