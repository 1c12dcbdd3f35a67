package app.counterpart.app;

import app.counterpart.core.demo.SampleData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Reads the demo shop's files, which the build copies from sample-data/ into the jar. */
final class SampleDataFiles {

    private SampleDataFiles() {
    }

    static Map<String, String> load() {
        Map<String, String> files = new HashMap<>();
        for (String name : SampleData.FILES) {
            try (InputStream in = SampleDataFiles.class.getResourceAsStream("/sample-data/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("The demo data " + name + " is missing from the application");
                }
                files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the demo data " + name + ": " + e.getMessage(), e);
            }
        }
        return files;
    }
}
