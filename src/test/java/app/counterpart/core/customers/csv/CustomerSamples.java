package app.counterpart.core.customers.csv;

import app.counterpart.core.customers.Customer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** A small shop to import into: three customers, the third referred by the second. */
final class CustomerSamples {

    static final String HEADER = "phone,name,gender,birthday,tags,referred_by,consent,joined";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    static final Customer XU = new Customer("c-xu", "13313366532", "徐涛", "M", LocalDate.of(1967, 5, 21), Set.of(),
            null, false, LocalDate.of(2026, 6, 7));
    static final Customer LI = new Customer("c-li", "19143380249", "李倩", "F", LocalDate.of(1993, 1, 26),
            Set.of("family"), null, true, LocalDate.of(2024, 9, 16));
    static final Customer MA = new Customer("c-ma", "18015893390", "马浩宇", "M", LocalDate.of(1994, 12, 21),
            Set.of("tea-lover", "wholesale"), "c-li", true, LocalDate.of(2025, 4, 12));

    static final List<Customer> CUSTOMERS = List.of(XU, LI, MA);

    /** The three as the export writes them. */
    static final String XU_ROW = "13313366532,徐涛,M,1967-05-21,,,false,2026-06-07";
    static final String LI_ROW = "19143380249,李倩,F,1993-01-26,family,,true,2024-09-16";
    static final String MA_ROW = "18015893390,马浩宇,M,1994-12-21,tea-lover|wholesale,19143380249,true,2025-04-12";

    private CustomerSamples() {
    }

    /** Ids new-1, new-2, … in call order. */
    static Supplier<String> counter() {
        int[] n = {0};
        return () -> "new-" + (++n[0]);
    }

    static CustomerImportPlan read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), CUSTOMERS);
    }

    static CustomerImportPlan read(byte[] bytes, Collection<Customer> customers) {
        return new CustomerCsvReader(counter(), TODAY).read("test.csv", bytes, customers);
    }
}
