package app.counterpart.hq;

import app.counterpart.sync.protocol.Wire;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** JSON documents as head office stores them: TEXT in either database. */
final class Json {

    private Json() {
    }

    static String text(JsonNode node) {
        if (node == null) {
            return null;
        }
        try {
            return Wire.JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode object(String text) {
        if (text == null) {
            return null;
        }
        try {
            return (ObjectNode) Wire.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
