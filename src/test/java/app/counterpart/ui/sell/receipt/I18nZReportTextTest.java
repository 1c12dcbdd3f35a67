package app.counterpart.ui.sell.receipt;

import static org.junit.jupiter.api.Assertions.assertFalse;

import app.counterpart.core.sell.receipt.ZReportDocument;
import app.counterpart.core.sell.receipt.ZReportSamples;
import app.counterpart.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every word of a Z report comes from the bundles: a missing key would print as !key! on paper. */
class I18nZReportTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void noWordIsMissing(String tag) {
        Locale locale = I18n.localeOf(tag);
        I18nZReportText text = new I18nZReportText(new I18n(locale));
        List<String> words = new ArrayList<>();
        for (long difference : new long[] {-1, 0, 1}) {
            ZReportDocument d = ZReportSamples.document(ZReportSamples.report(difference), text);
            words.add(d.title());
            words.add(d.movementsHeading());
            words.add(d.noMovements());
            d.details().forEach(f -> words.add(f.label()));
            List.of(d.sales(), d.tenders(), d.drawer()).forEach(s -> {
                words.add(s.heading());
                s.rows().forEach(r -> words.add(r.label()));
            });
            d.movements().forEach(m -> words.add(m.direction()));
        }
        words.add(text.title(false));
        words.add(text.tax(false));
        words.add(text.tax(true));
        for (var t : app.counterpart.core.sales.Tender.values()) {
            words.add(text.tender(t));
        }
        for (String key : List.of("zreport.window", "zreport.print.noPrinter", "zreport.print.failed",
                "zreport.print.lookupFailed")) {
            words.add(new I18n(locale).text(key));
        }
        for (String w : words) {
            assertFalse(w.startsWith("!") || w.isBlank(), tag + ": " + w);
        }
    }
}
