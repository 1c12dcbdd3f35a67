package app.counterpart.app;

import static app.counterpart.app.CounterpartCli.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.app.CounterpartCli.Run;
import app.counterpart.store.Database;
import app.counterpart.sync.client.FakeHq;
import app.counterpart.sync.client.ShopTemplate;
import app.counterpart.sync.client.SyncEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code counterpart enrol} and {@code counterpart sync}, called as scripts call them. */
class SyncCommandsTest {

    @TempDir
    Path tmp;
    Path shop;
    FakeHq hq;

    @BeforeEach
    void shopAndHeadOffice() {
        shop = ShopTemplate.copyTo(tmp.resolve("shop"));
        hq = new FakeHq().code("CODE-1");
    }

    @AfterEach
    void stop() {
        hq.close();
    }

    private String deviceCode() {
        try (Database db = Database.open(shop)) {
            return db.read(ctx -> ctx.fetchOne("SELECT code FROM device WHERE is_local = 1").get(0, String.class));
        }
    }

    private long outboxRows() {
        try (Database db = Database.open(shop)) {
            return db.read(ctx -> (long) ctx.fetchCount(ctx.selectFrom("outbox")));
        }
    }

    @Test
    void enrolPrintsTheLinkInOneLine() {
        Run r = run("--data-dir", shop.toString(), "enrol", "--url", hq.url().toString(), "--code", "CODE-1");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Enrolled device " + deviceCode() + " with head office " + hq.url()
                + " as shop " + FakeHq.SHOP_NAME + "." + System.lineSeparator());
    }

    @Test
    void aRefusedEnrolmentExitsOneWithTheReason() {
        Run r = run("--data-dir", shop.toString(), "enrol", "--url", hq.url().toString(), "--code", "NOPE");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("refused the enrolment code");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void syncBeforeEnrolmentSaysHowToEnrol() {
        Run r = run("--data-dir", shop.toString(), "sync");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(SyncEngine.NOT_ENROLLED);
        assertThat(hq.requests.get()).isZero();
    }

    @Test
    void syncSendsEverythingAndExitsZero() {
        long queued = outboxRows();
        assertThat(run("--data-dir", shop.toString(), "enrol", "--url", hq.url().toString(), "--code", "CODE-1")
                .exit()).isZero();
        Run r = run("--data-dir", shop.toString(), "sync");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Sent " + queued + ", received 0; pending 0, rejected 0."
                + System.lineSeparator());
        assertThat(hq.applied).hasSize((int) queued);
        assertThat(outboxRows()).isZero();
    }

    @Test
    void syncThatCannotFinishExitsOneWithTheReason() {
        assertThat(run("--data-dir", shop.toString(), "enrol", "--url", hq.url().toString(), "--code", "CODE-1")
                .exit()).isZero();
        hq.faults(1);
        Run r = run("--data-dir", shop.toString(), "sync");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("Head office had a fault (500)");
        assertThat(r.out()).startsWith("Sent 0, received 0; pending " + outboxRows() + ", rejected 0.");
    }

    @Test
    void aCopyOfATillEnrolsAsANewDeviceWithAnEmptyQueue() {
        Run r = run("--data-dir", shop.toString(), "enrol", "--url", hq.url().toString(), "--code", "CODE-1",
                "--device-code", "T2");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Enrolled device T2 with head office ");
        assertThat(deviceCode()).isEqualTo("T2");
        assertThat(outboxRows()).isZero();
        Run again = run("--data-dir", shop.toString(), "enrol", "--url", hq.url().toString(), "--code", "CODE-1",
                "--device-code", "T2");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("This replaces the link to " + hq.url());
    }

    @Test
    void aFolderWithoutAShopExitsOne() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThat(run("--data-dir", empty.toString(), "sync").exit()).isEqualTo(1);
        assertThat(run("--data-dir", empty.toString(), "enrol", "--url", hq.url().toString(), "--code", "CODE-1")
                .exit()).isEqualTo(1);
    }
}
