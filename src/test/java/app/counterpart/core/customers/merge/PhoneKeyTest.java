package app.counterpart.core.customers.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneKeyTest {

    private final PhoneKey china = new PhoneKey("86");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            13812345678,          13812345678
            +8613812345678,       13812345678
            +86 138-1234-5678,    13812345678
            008613812345678,      13812345678
            8613812345678,        13812345678
            013812345678,         13812345678
            (021) 6234 5678,      2162345678
            +852 9123 4567,       +85291234567
            00852 9123 4567,      +85291234567
            """)
    void oneNumberWrittenManyWaysHasOneKey(String written, String key) {
        assertEquals(Optional.of(key), china.of(written));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            12345
            +86
            ''
            no number
            """)
    void tooShortOrNoNumberHasNoKey(String written) {
        assertEquals(Optional.empty(), china.of(written));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            CNY, +8613812345678, 13812345678
            EUR, +8613812345678, +8613812345678
            """)
    void theShopsCountryDecidesWhichCodeIsHome(String currency, String written, String key) {
        assertEquals(Optional.of(key), PhoneKey.forCurrency(Currency.getInstance(currency)).of(written));
    }
}
