package app.counterpart.core.report;

import app.counterpart.core.common.Csv;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report as CSV or JSON. The JSON of a report by day is the contract head office and scripts
 * compare against: an array with one object per business day,
 * {@code {"day":"2026-11-27","sales":123,"revenue_minor":456780}}.
 */
public final class ReportFormat {

    private ReportFormat() {
    }

    public static String json(Dimension dimension, List<ReportRow> rows) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < rows.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append(jsonObject(dimension, rows.get(i)));
        }
        return out.append(rows.isEmpty() ? "]" : "\n]").toString();
    }

    private static String jsonObject(Dimension d, ReportRow r) {
        return switch (d) {
            case DAY -> "{\"day\":" + quote(r.key()) + ",\"sales\":" + r.count() + ",\"revenue_minor\":"
                    + r.revenueMinor() + "}";
            case HOUR -> "{\"hour\":" + Integer.parseInt(r.key()) + ",\"sales\":" + r.count() + ",\"revenue_minor\":"
                    + r.revenueMinor() + "}";
            case CATEGORY -> "{\"category\":" + quote(r.key()) + ",\"name\":" + quote(r.label()) + ",\"quantity\":"
                    + r.quantity() + ",\"revenue_minor\":" + r.revenueMinor() + ",\"margin_minor\":"
                    + r.grossMarginMinor() + "}";
            case PRODUCT -> "{\"sku\":" + quote(r.key()) + ",\"name\":" + quote(r.label()) + ",\"quantity\":"
                    + r.quantity() + ",\"revenue_minor\":" + r.revenueMinor() + ",\"margin_minor\":"
                    + r.grossMarginMinor() + "}";
            case STAFF -> "{\"staff\":" + quote(r.key()) + ",\"name\":" + quote(r.label()) + ",\"sales\":" + r.count()
                    + ",\"items\":" + r.quantity() + ",\"revenue_minor\":" + r.revenueMinor() + "}";
            case TENDER -> "{\"tender\":" + quote(r.key()) + ",\"payments\":" + r.count() + ",\"amount_minor\":"
                    + r.revenueMinor() + "}";
        };
    }

    public static String csv(Dimension dimension, List<ReportRow> rows) {
        List<String> header = switch (dimension) {
            case DAY -> List.of("day", "sales", "items", "revenue_minor", "tax_minor", "cost_minor");
            case HOUR -> List.of("hour", "sales", "revenue_minor");
            case CATEGORY -> List.of("category", "name", "quantity", "revenue_minor", "tax_minor", "cost_minor",
                    "margin_minor");
            case PRODUCT -> List.of("sku", "name", "quantity", "revenue_minor", "tax_minor", "cost_minor",
                    "margin_minor");
            case STAFF -> List.of("staff", "name", "sales", "items", "revenue_minor");
            case TENDER -> List.of("tender", "payments", "amount_minor");
        };
        StringBuilder out = new StringBuilder(Csv.line(header)).append('\n');
        for (ReportRow r : rows) {
            List<String> f = new ArrayList<>();
            switch (dimension) {
                case DAY -> f.addAll(List.of(r.key(), n(r.count()), n(r.quantity()), n(r.revenueMinor()),
                        n(r.taxMinor()), n(r.costMinor())));
                case HOUR -> f.addAll(List.of(r.key(), n(r.count()), n(r.revenueMinor())));
                case CATEGORY, PRODUCT -> f.addAll(List.of(r.key(), r.label(), n(r.quantity()), n(r.revenueMinor()),
                        n(r.taxMinor()), n(r.costMinor()), n(r.grossMarginMinor())));
                case STAFF -> f.addAll(List.of(r.key(), r.label(), n(r.count()), n(r.quantity()),
                        n(r.revenueMinor())));
                case TENDER -> f.addAll(List.of(r.key(), n(r.count()), n(r.revenueMinor())));
            }
            out.append(Csv.line(f)).append('\n');
        }
        return out.toString();
    }

    private static String n(long v) {
        return Long.toString(v);
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
