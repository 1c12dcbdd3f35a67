package app.counterpart.core.customers.csv;

import static app.counterpart.core.customers.csv.CustomerSamples.CUSTOMERS;
import static app.counterpart.core.customers.csv.CustomerSamples.HEADER;
import static app.counterpart.core.customers.csv.CustomerSamples.LI_ROW;
import static app.counterpart.core.customers.csv.CustomerSamples.MA_ROW;
import static app.counterpart.core.customers.csv.CustomerSamples.XU_ROW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.counterpart.core.customers.Customer;
import app.counterpart.testing.DemoFixture;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerCsvWriterTest {

    @Test
    void writesTheImportFormatOldestMembersFirstWithTheReferrersPhone() {
        assertEquals(HEADER + "\n" + LI_ROW + "\n" + MA_ROW + "\n" + XU_ROW + "\n", CustomerCsvWriter.write(CUSTOMERS));
    }

    @Test
    void quotesWhatNeedsQuotingAndSortsTags() {
        Customer c = new Customer("c-1", "13900000001", "Smith, \"Dan\"", null, null, Set.of("vip", "neighbour"), null,
                false, LocalDate.of(2026, 1, 2));
        assertEquals(HEADER + "\n13900000001,\"Smith, \"\"Dan\"\"\",,,neighbour|vip,,false,2026-01-02\n",
                CustomerCsvWriter.write(List.of(c)));
    }

    @Test
    void readingTheExportBackChangesNothing() {
        List<Customer> demo = DemoFixture.demoShop().customers();
        byte[] exported = new CustomerCsvExport(CustomerCsvWriter.write(demo), demo.size()).bytes();

        CustomerImportPlan plan = CustomerSamples.read(exported, demo);

        assertEquals(List.of(), plan.problems());
        assertEquals(demo.size(), plan.unchanged());
        assertEquals("UTF-8", plan.encoding());
    }

    @Test
    void theExportStartsWithAByteOrderMarkForExcel() {
        byte[] bytes = new CustomerCsvExport("phone\n", 0).bytes();
        assertEquals("\uFEFFphone\n", new String(bytes, StandardCharsets.UTF_8));
    }
}
