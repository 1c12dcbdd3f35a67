package app.counterpart.core.report;

import java.time.LocalDate;
import java.util.List;

/** Sales reports from the rollups, for business days from {@code from} to {@code to} inclusive. */
public interface ReportRepository {

    /**
     * Lines in their natural order: days and hours ascending; products, categories and staff by revenue,
     * highest first; tenders by amount, highest first. Lines with no activity are left out.
     */
    List<ReportRow> report(Dimension dimension, LocalDate from, LocalDate to, boolean chineseNames);

    /** Products and categories of [from, to] at once, ordered as {@link #report} orders them. */
    ProductMix productMix(LocalDate from, LocalDate to, boolean chineseNames);
}
