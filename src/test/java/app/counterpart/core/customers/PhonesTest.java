package app.counterpart.core.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhonesTest {

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource(textBlock = """
            13812344590,     138****4590
            +8613812344590,  +86****4590
            85291234567,     852****4567
            91234567,        ****4567
            1234567,         ****567
            123456,          ***456
            ''  ,            ''
            """)
    void aMaskShowsNoMoreThanTheStartAndTheLastFourDigits(String phone, String masked) {
        assertEquals(masked, Phones.mask(phone));
    }

    @ParameterizedTest(name = "[{0}] is stored as {1}")
    @CsvSource(textBlock = """
            138 1234 4590,       13812344590
            +86 (138) 1234-4590, +8613812344590
            138.1234.4590,       13812344590
            12345,
            1234567890123456,
            138-abcd-4590,
            """)
    void normalizeDropsWhatPeopleTypeBetweenDigits(String typed, String stored) {
        assertEquals(Optional.ofNullable(stored), Phones.normalize(typed));
    }
}
