package app.counterpart.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void jsonByDayIsTheContractShape() {
        List<ReportRow> rows = List.of(new ReportRow("2026-11-26", "2026-11-26", 120, 300, 807416, 0, 0),
                new ReportRow("2026-11-27", "2026-11-27", 123, 290, 456780, 0, 0));
        assertEquals("[\n{\"day\":\"2026-11-26\",\"sales\":120,\"revenue_minor\":807416},\n"
                + "{\"day\":\"2026-11-27\",\"sales\":123,\"revenue_minor\":456780}\n]",
                ReportFormat.json(Dimension.DAY, rows));
    }

    @Test
    void anEmptyReportIsAnEmptyArray() {
        assertEquals("[]", ReportFormat.json(Dimension.DAY, List.of()));
    }

    @Test
    void namesAreEscapedInJsonAndQuotedInCsv() {
        List<ReportRow> rows = List.of(new ReportRow("SN-1", "Biscuits, \"butter\"", 0, 2, 1000, 100, 400));
        assertEquals("[\n{\"sku\":\"SN-1\",\"name\":\"Biscuits, \\\"butter\\\"\",\"quantity\":2,\"revenue_minor\":1000,"
                + "\"margin_minor\":500}\n]", ReportFormat.json(Dimension.PRODUCT, rows));
        assertEquals("sku,name,quantity,revenue_minor,tax_minor,cost_minor,margin_minor\n"
                + "SN-1,\"Biscuits, \"\"butter\"\"\",2,1000,100,400,500\n", ReportFormat.csv(Dimension.PRODUCT, rows));
    }

    @Test
    void hoursAreNumbersInJson() {
        assertEquals("[\n{\"hour\":9,\"sales\":3,\"revenue_minor\":4500}\n]",
                ReportFormat.json(Dimension.HOUR, List.of(new ReportRow("9", "09:00", 3, 0, 4500, 0, 0))));
    }
}
