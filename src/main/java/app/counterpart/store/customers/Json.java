package app.counterpart.store.customers;

import app.counterpart.core.customers.Customer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** The little JSON the merge record and its outbox row hold, written by hand (no JSON library in the store). */
final class Json {

    /** Text that is JSON already and goes in as it is. */
    record Raw(String json) {
    }

    private Json() {
    }

    static String customer(Customer c, String heldPhone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("phone", c.phone());
        m.put("name", c.name());
        m.put("gender", c.gender());
        m.put("birthday", c.birthday() == null ? null : c.birthday().toString());
        m.put("tags", new TreeSet<>(c.tags()));
        m.put("referredBy", c.referredBy());
        m.put("consent", c.consent());
        m.put("joinedOn", c.joinedOn().toString());
        if (heldPhone != null) {
            m.put("heldPhone", heldPhone);
        }
        return object(m);
    }

    static String object(Map<String, Object> fields) {
        StringBuilder s = new StringBuilder("{");
        fields.forEach((k, v) -> {
            if (s.length() > 1) {
                s.append(',');
            }
            s.append(quote(k)).append(':').append(value(v));
        });
        return s.append('}').toString();
    }

    private static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Raw raw) {
            return raw.json();
        }
        if (v instanceof Boolean || v instanceof Number) {
            return v.toString();
        }
        if (v instanceof Iterable<?> items) {
            StringBuilder s = new StringBuilder("[");
            for (Object item : items) {
                s.append(s.length() > 1 ? "," : "").append(value(item));
            }
            return s.append(']').toString();
        }
        return quote(v.toString());
    }

    static String quote(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
