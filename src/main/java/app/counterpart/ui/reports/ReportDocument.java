package app.counterpart.ui.reports;

import java.util.List;

/** A report laid out for paper: what both the printer and the PDF writer render. */
public record ReportDocument(String shop, String title, String period, List<String> columns, List<List<String>> lines,
        String totals) {
}
