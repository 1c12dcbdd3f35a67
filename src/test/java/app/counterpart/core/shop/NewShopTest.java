package app.counterpart.core.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewShopTest {

    private static NewShop valid() {
        return new NewShop("Camellia & Crumb", "CNY", "Asia/Shanghai", 4, "Lin Yue", "1234");
    }

    private static NewShop with(String field, String value) {
        NewShop s = valid();
        return switch (field) {
            case "name" -> new NewShop(value, s.currency(), s.zone(), s.cutoffHour(), s.ownerName(), s.ownerPin());
            case "currency" -> new NewShop(s.name(), value, s.zone(), s.cutoffHour(), s.ownerName(), s.ownerPin());
            case "zone" -> new NewShop(s.name(), s.currency(), value, s.cutoffHour(), s.ownerName(), s.ownerPin());
            case "cutoff" -> new NewShop(s.name(), s.currency(), s.zone(), Integer.parseInt(value), s.ownerName(),
                    s.ownerPin());
            case "ownerName" -> new NewShop(s.name(), s.currency(), s.zone(), s.cutoffHour(), value, s.ownerPin());
            case "ownerPin" -> new NewShop(s.name(), s.currency(), s.zone(), s.cutoffHour(), s.ownerName(), value);
            default -> throw new IllegalArgumentException(field);
        };
    }

    @Test
    void validFormHasNoProblems() {
        assertEquals(List.of(), valid().problems());
    }

    @ParameterizedTest(name = "{0} = [{1}] is reported as {2}")
    @CsvSource(textBlock = """
            # field,    bad value,  problem field, message key
              name,     '   ',      name,          setup.error.name
              name,     ,           name,          setup.error.name
              currency, XYZ1,       currency,      setup.error.currency
              currency, usd,        currency,      setup.error.currency
              currency, '',         currency,      setup.error.currency
              currency, ,           currency,      setup.error.currency
              zone,     Mars/Base,  zone,          setup.error.zone
              zone,     '',         zone,          setup.error.zone
              zone,     ,           zone,          setup.error.zone
              cutoff,   24,         cutoff,        setup.error.cutoff
              cutoff,   -1,         cutoff,        setup.error.cutoff
              ownerName,'  ',       ownerName,     setup.error.ownerName
              ownerName,,           ownerName,     setup.error.ownerName
              ownerPin, 12a4,       ownerPin,      setup.error.pin
              ownerPin, 123,        ownerPin,      setup.error.pin
              ownerPin, 123456789,  ownerPin,      setup.error.pin
              ownerPin, ' 1234',    ownerPin,      setup.error.pin
              ownerPin, ,           ownerPin,      setup.error.pin
            """)
    void badFieldIsNamedWithItsMessageKey(String field, String value, String problemField, String messageKey) {
        assertEquals(List.of(new NewShop.Problem(problemField, messageKey)), with(field, value).problems());
    }

    @ParameterizedTest(name = "{0} = [{1}] is accepted")
    @CsvSource(textBlock = """
            # field,    good value
              currency, ' CNY '
              currency, JPY
              zone,     Europe/Berlin
              zone,     ' UTC '
              cutoff,   0
              cutoff,   23
              ownerPin, 0000
              ownerPin, 12345678
              name,     茶与酥
            """)
    void boundaryValuesAreAccepted(String field, String value) {
        assertEquals(List.of(), with(field, value).problems());
    }

    @Test
    void everyBadFieldIsReportedInFormOrder() {
        NewShop bad = new NewShop("", "XYZ1", "Mars/Base", 24, " ", "123");
        List<String> fields = bad.problems().stream().map(NewShop.Problem::field).collect(Collectors.toList());
        assertEquals(List.of("name", "currency", "zone", "cutoff", "ownerName", "ownerPin"), fields);
    }
}
