package app.counterpart.bench;

import app.counterpart.core.staff.PinHasher;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Checking one PIN at the till (salted PBKDF2-HMAC-SHA256 at the stored iteration count): the part of a
 * staff switch that is not the person typing. Slow on purpose; it has to stay well under a second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx256m"})
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 3)
public class PinCheckBenchmark {

    private String stored;

    @Setup(Level.Trial)
    public void hash() {
        stored = new PinHasher(PinHasher.DEFAULT_ITERATIONS, new SecureRandom()).hash("3481");
    }

    @Benchmark
    public boolean checkPin() {
        return PinHasher.matches("3481", stored);
    }
}
