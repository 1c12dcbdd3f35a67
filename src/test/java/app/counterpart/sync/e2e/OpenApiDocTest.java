package app.counterpart.sync.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.sync.protocol.Messages;
import app.counterpart.sync.protocol.Protocol;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/openapi.yaml says what docs/sync-protocol.md and the wire records say: the same operations,
 * a schema per record of {@link Messages} with exactly its snake_case fields, the headers and limits
 * of {@link Protocol}, and the error answers. The file keeps a two-space indentation, which this reads
 * by line instead of pulling in a YAML parser for one test.
 */
class OpenApiDocTest {

    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `(GET|POST|PUT|DELETE) (/[^`?\\s]+)[^`]*` \\|");

    private static List<String> yaml;
    /** "post /v1/push" to its response codes. */
    private static Map<String, Set<String>> operations;

    @BeforeAll
    static void read() throws IOException {
        yaml = Files.readAllLines(Path.of("docs", "openapi.yaml"));
        operations = operations(yaml);
    }

    @Test
    void everyOperationOfTheProtocolPageIsDescribedAndNoOther() throws IOException {
        Set<String> documented = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("docs", "sync-protocol.md"))) {
            Matcher m = TABLE_ROW.matcher(line);
            if (m.find()) {
                documented.add(m.group(1).toLowerCase() + " " + m.group(2));
            }
        }
        assertTrue(documented.size() >= 11, "the protocol page's table: " + documented);
        assertEquals(documented, new TreeSet<>(operations.keySet()));
    }

    @Test
    void everyWireRecordHasASchemaWithExactlyItsSnakeCaseFields() {
        Map<String, Set<String>> schemas = schemas(yaml);
        var snake = new PropertyNamingStrategies.SnakeCaseStrategy();
        for (Class<?> type : Messages.class.getDeclaredClasses()) {
            if (!type.isRecord()) {
                continue;
            }
            Set<String> fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .map(snake::translate).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(fields, schemas.get(type.getSimpleName()), "schema " + type.getSimpleName());
        }
    }

    @Test
    void everyOperationAnswersTheErrorsEveryRequestCanMeet() {
        operations.forEach((op, codes) -> {
            assertTrue(codes.containsAll(Set.of("200", "426", "500")),
                    op + " " + codes);
            if (!op.equals("get /v1/health") && !op.equals("post /v1/enrol")) {
                assertTrue(codes.contains("401"), op + " needs a token: " + codes);
            }
        });
        assertTrue(operations.get("post /v1/push").containsAll(Set.of("400", "401", "403", "409", "413")));
        assertTrue(operations.get("post /v1/enrol").containsAll(Set.of("400", "401", "413")));
    }

    @Test
    void errorAnswersCarryTheErrorBody() {
        List<String> block = block(yaml, "components:", "  responses:");
        long errors = block.stream().filter(l -> l.matches("^    [A-Za-z]+:$")).count();
        long bodies = block.stream().filter(l -> l.trim().equals("$ref: '#/components/schemas/ErrorBody'")).count();
        assertTrue(errors >= 8, "error answers: " + errors);
        assertEquals(errors, bodies);
    }

    @Test
    void headersAndLimitsAreTheProtocolConstants() {
        Set<String> lines = yaml.stream().map(String::trim).collect(Collectors.toSet());
        assertTrue(lines.contains("name: " + Protocol.HEADER_PROTOCOL));
        assertTrue(lines.contains("name: " + Protocol.HEADER_SCHEMA));
        assertTrue(lines.contains("name: " + Protocol.HEADER_REQUEST_ID));
        assertTrue(lines.contains("maxItems: " + Protocol.MAX_PAGE_MUTATIONS));
        assertTrue(lines.contains("maxItems: " + Protocol.MAX_PULL_CHANGES));
        assertTrue(lines.contains("openapi: 3.0.3"));
    }

    /** Method and path of each operation under {@code paths:}, with the codes of its responses. */
    private static Map<String, Set<String>> operations(List<String> lines) {
        Map<String, Set<String>> out = new TreeMap<>();
        String path = null;
        String op = null;
        boolean inResponses = false;
        for (String line : block(lines, "paths:", null)) {
            if (line.matches("^  /\\S+:$")) {
                path = line.trim().replaceAll(":$", "");
            } else if (line.matches("^    (get|post|put|delete|patch):$")) {
                op = line.trim().replaceAll(":$", "") + " " + path;
                out.put(op, new TreeSet<>());
                inResponses = false;
            } else if (line.equals("      responses:")) {
                inResponses = true;
            } else if (line.matches("^      \\S.*")) {
                inResponses = false;
            } else if (inResponses && line.matches("^        '\\d{3}':$")) {
                out.get(op).add(line.trim().substring(1, 4));
            }
        }
        return out;
    }

    /** Each schema under components/schemas with the names of its properties. */
    private static Map<String, Set<String>> schemas(List<String> lines) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        String schema = null;
        boolean inProperties = false;
        for (String line : block(lines, "components:", "  schemas:")) {
            if (line.matches("^    [A-Za-z]+:$")) {
                schema = line.trim().replaceAll(":$", "");
                out.put(schema, new TreeSet<>());
                inProperties = false;
            } else if (line.equals("      properties:")) {
                inProperties = true;
            } else if (line.matches("^      \\S.*")) {
                inProperties = false;
            } else if (inProperties && line.matches("^        [a-z_]+:$")) {
                out.get(schema).add(line.trim().replaceAll(":$", ""));
            }
        }
        return out;
    }

    /** The lines inside a top-level key, or inside one of its two-space children when {@code child} is given. */
    private static List<String> block(List<String> lines, String top, String child) {
        List<String> out = new ArrayList<>();
        boolean inTop = false;
        boolean inChild = child == null;
        for (String line : lines) {
            if (!line.startsWith(" ") && !line.isBlank()) {
                inTop = line.equals(top);
                continue;
            }
            if (inTop && child != null && line.matches("^  \\S.*")) {
                inChild = line.equals(child);
                continue;
            }
            if (inTop && inChild) {
                out.add(line);
            }
        }
        return out;
    }
}
