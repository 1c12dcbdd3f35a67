package app.counterpart.sync.client.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reading the values of a pulled change's data, which are SQL values on the wire (see the protocol). */
final class Data {

    private Data() {
    }

    /** The data, or an empty object: a change without data still names its entity. */
    static ObjectNode of(ObjectNode data) {
        return data != null ? data : JsonNodeFactory.instance.objectNode();
    }

    /**
     * The fields an edit carries: the store writes them under "fields" next to "at" and "by"; older
     * payloads (a care task, a team, staff) are the fields themselves.
     */
    static ObjectNode fields(ObjectNode data) {
        JsonNode fields = of(data).get("fields");
        return fields instanceof ObjectNode o ? o : of(data);
    }

    static String text(JsonNode data, String name) {
        JsonNode v = data.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String requiredText(JsonNode data, String name, String what) {
        String v = text(data, name);
        if (v == null || v.isBlank()) {
            throw new Unappliable(what + " without " + name);
        }
        return v;
    }

    static long number(JsonNode data, String name, String what) {
        JsonNode v = data.get(name);
        if (v == null || !v.canConvertToLong() || !v.isIntegralNumber()) {
            throw new Unappliable(what + ": " + name + " is not a whole number (" + v + ")");
        }
        return v.asLong();
    }

    static Long optionalNumber(JsonNode data, String name, String what) {
        JsonNode v = data.get(name);
        return v == null || v.isNull() ? null : number(data, name, what);
    }

    /** true/false, 1/0 or their text, as the store and its payloads write booleans. */
    static boolean bool(JsonNode v) {
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isIntegralNumber()) {
            return v.asLong() != 0;
        }
        String t = v.asText();
        if (t.equals("true") || t.equals("1")) {
            return true;
        }
        if (t.equals("false") || t.equals("0")) {
            return false;
        }
        throw new Unappliable("not a yes/no value: " + v);
    }

    static LocalDate day(String text, String what) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Unappliable(what + ": not a day: " + text);
        }
    }

    /** A JSON value as the SQL value to bind: booleans as 0/1 like the store keeps them. */
    static Object sql(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? 1 : 0;
        }
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isTextual()) {
            return v.asText();
        }
        throw new Unappliable("not a column value: " + v);
    }
}
