package app.counterpart.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH benchmarks of the bench package and writes their JSON to {@code target/bench/}, with
 * the heap in use ({@link HeapProfiler}) and JMH's allocation figures ({@code -prof gc}) for each.
 * Arguments: output folder, include regex, then optional extra JMH arguments in one string
 * (for example "-p scale=10").
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench"));
        String include = args.length > 1 && !args[1].isBlank() ? args[1] : ".*";
        List<String> extra = new ArrayList<>();
        if (args.length > 2 && !args[2].isBlank()) {
            extra.addAll(List.of(args[2].trim().split("\\s+")));
        }
        CommandLineOptions cli = new CommandLineOptions(extra.toArray(String[]::new));
        var options = new OptionsBuilder()
                .parent(cli)
                .addProfiler(HeapProfiler.class)
                .addProfiler(GCProfiler.class)
                .include("app\\.counterpart\\.bench\\..*(" + include + ").*")
                .resultFormat(ResultFormatType.JSON)
                .result(out.resolve("jmh-result.json").toString())
                .build();
        new Runner(options).run();
    }
}
