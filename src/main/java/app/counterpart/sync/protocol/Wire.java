package app.counterpart.sync.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The one JSON mapping of the wire records (snake_case names, nulls left out, unknown fields
 * ignored so a newer peer's additions do not break an older one) and the gzip both sides use.
 */
public final class Wire {

    public static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Wire() {
    }

    public static byte[] write(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(byte[] json, Class<T> type) throws IOException {
        return JSON.readValue(json, type);
    }

    public static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, plain.length / 4));
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Inflates at most {@code limit} bytes; more throws {@link TooLargeException}. */
    public static byte[] gunzip(InputStream compressed, int limit) throws IOException {
        try (InputStream in = new GZIPInputStream(compressed)) {
            return readAtMost(in, limit);
        }
    }

    public static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16 * 1024];
        int total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > limit) {
                throw new TooLargeException(limit);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** A body over the protocol's size limit. */
    public static final class TooLargeException extends IOException {
        public TooLargeException(int limit) {
            super("request body larger than " + limit + " bytes");
        }
    }
}
