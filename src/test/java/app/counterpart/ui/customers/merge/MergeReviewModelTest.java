package app.counterpart.ui.customers.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.merge.CustomerMerges;
import app.counterpart.core.customers.merge.DuplicateReason;
import app.counterpart.core.customers.merge.MergeField;
import app.counterpart.core.customers.merge.MergePreview.Side;
import app.counterpart.core.customers.merge.PhoneKey;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.store.customers.JooqCustomerMerge;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.customers.merge.DuplicatesViewModel.PairRow;
import app.counterpart.ui.session.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The duplicates list and the review of a merge, on a real store with a pair written two ways. */
class MergeReviewModelTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 27);
    private static final String COPY_ID = "00000000-0000-7000-8000-0000000c0001";

    @TempDir
    Path dir;
    DemoFixture store;
    Session session;
    DuplicatesViewModel duplicates;
    AtomicInteger listReloads;
    Customer original;

    @BeforeEach
    void open() {
        store = new DemoFixture(dir, Clock.systemUTC());
        store.installDemo(UNTIL, 3);
        String busiest = store.db.read(ctx -> ctx.fetchValue("SELECT customer_id FROM sale WHERE customer_id IS NOT NULL"
                + " GROUP BY customer_id ORDER BY COUNT(*) DESC, customer_id LIMIT 1").toString());
        original = store.customers.byId(busiest).orElseThrow();
        // The same person again, typed with the country code at a later visit, with a birthday and credit.
        store.customers.addAll(List.of(new Customer(COPY_ID, "+86" + original.phone(), original.name() + " (new)",
                null, LocalDate.of(1988, 3, 9), Set.of("copy-tag"), null, !original.consent(), UNTIL)));
        store.customers.topUpStoreCredit(Map.of(COPY_ID, 12_345L), Instant.parse("2026-11-27T02:00:00Z"));
        session = new Session();
        UiContext ui = new UiContext(new SameThreadTaskExecutor(), Runnable::run, new EventBus(e -> { }),
                new I18n(I18n.ENGLISH), Theme.LIGHT, Clock.systemUTC());
        listReloads = new AtomicInteger();
        duplicates = new DuplicatesViewModel(new CustomerMerges(new JooqCustomerMerge(store.db, store.clock),
                new PhoneKey("86")), Currency.getInstance("CNY"), ui, session, listReloads::incrementAndGet);
        duplicates.load();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private PairRow copyPair() {
        return duplicates.pairs().stream().filter(r -> r.pair().merge().id().equals(COPY_ID)).findFirst().orElseThrow();
    }

    private MergeReviewModel review() {
        AtomicReference<MergeReviewModel> review = new AtomicReference<>();
        duplicates.review(copyPair().pair(), review::set);
        assertNotNull(review.get(), duplicates.errorProperty().get());
        return review.get();
    }

    private static Staff byRole(DemoFixture store, Role role) {
        return store.staff.staff().stream().filter(s -> s.role() == role).findFirst().orElseThrow();
    }

    @Test
    void thePairIsListedWithItsReasonAndMaskedPhonesForNobodySignedIn() {
        PairRow row = copyPair();

        assertEquals(DuplicateReason.SAME_PHONE_WRITTEN_DIFFERENTLY, row.pair().reason());
        assertEquals(original.id(), row.pair().keep().id());
        assertEquals("Phone written two ways", row.reason());
        assertFalse(row.keep().contains(original.phone()), row.keep());
        assertTrue(row.keep().contains(original.phone().substring(original.phone().length() - 4)), row.keep());
    }

    @Test
    void theReviewShowsBothSidesFillsEmptyFieldsFromTheOtherAndSaysWhatMoves() {
        MergeReviewModel review = review();

        Map<MergeField, Side> chosen = review.chosen();
        assertEquals(Side.KEEP, chosen.get(MergeField.NAME));
        assertEquals(original.birthday() == null ? Side.MERGE : Side.KEEP, chosen.get(MergeField.BIRTHDAY));
        // Consent: "no" wins where the two differ.
        assertEquals(original.consent() ? Side.MERGE : Side.KEEP, chosen.get(MergeField.CONSENT));
        assertTrue(review.fields().stream().filter(f -> f.field() == MergeField.PHONE).findFirst().orElseThrow()
                .differs());
        assertTrue(review.unitedTags().contains("copy-tag"), review.unitedTags());
        assertTrue(review.movesSummary().contains("0 sales"), review.movesSummary());
        assertTrue(review.movesSummary().contains("¥123.45"), review.movesSummary());
    }

    @Test
    void swappingKeepsTheOtherRecord() {
        MergeReviewModel review = review();

        review.swap();

        assertEquals(COPY_ID, review.previewProperty().get().keep().id());
        assertEquals(original.id(), review.previewProperty().get().merge().id());
    }

    @Test
    void withoutTheOwnerTheMergeIsRefusedAndNothingChanges() {
        session.signIn(byRole(store, Role.CASHIER));
        MergeReviewModel review = review();

        review.merge(null);

        assertEquals("Only the owner merges customers, or someone the owner approves with their PIN. Nothing was merged.",
                review.errorProperty().get());
        assertFalse(review.doneProperty().get());
        assertTrue(store.customers.byId(COPY_ID).isPresent());
        assertEquals(0, listReloads.get());
        assertTrue(store.customers.customers().stream().anyMatch(c -> c.id().equals(COPY_ID)));
    }

    @Test
    void theOwnersMergeTakesTheChosenFieldsAndTheListsFollow() {
        session.signIn(byRole(store, Role.CASHIER));
        MergeReviewModel review = review();
        review.choiceProperty(MergeField.NAME).set(Side.MERGE);

        review.merge(byRole(store, Role.OWNER));

        assertTrue(review.doneProperty().get(), review.errorProperty().get());
        Customer survivor = store.customers.byId(original.id()).orElseThrow();
        assertEquals(original.name() + " (new)", survivor.name());
        assertEquals(original.phone(), survivor.phone());
        assertTrue(survivor.tags().contains("copy-tag"));
        assertTrue(store.customers.customers().stream().noneMatch(c -> c.id().equals(COPY_ID)));
        assertTrue(duplicates.pairs().stream().noneMatch(r -> r.pair().merge().id().equals(COPY_ID)));
        assertTrue(duplicates.statusProperty().get().contains("was merged into"), duplicates.statusProperty().get());
        assertEquals(1, listReloads.get());
    }
}
