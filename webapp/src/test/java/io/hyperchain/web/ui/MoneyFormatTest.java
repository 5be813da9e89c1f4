package io.hyperchain.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

    @Test
    void wonAreShownWholeWithTheWonSignAndGrouping() {
        assertEquals("₩1,070", MoneyFormat.format(new BigDecimal("1070"), "KRW", Locale.ENGLISH, 0, 0));
        assertEquals("₩1,070", MoneyFormat.format(new BigDecimal("1070.000000"), "KRW", Locale.KOREAN, 0, 0));
    }

    @Test
    void aPreciseAmountKeepsItsDecimalsButNoTrailingZeros() {
        assertEquals("₩12.5", MoneyFormat.format(new BigDecimal("12.500000"), "KRW", Locale.ENGLISH, 0, 4));
        assertEquals("€0.25", MoneyFormat.format(new BigDecimal("0.25"), "EUR", Locale.ENGLISH, 2, 4));
    }

    @Test
    void nothingToShowIsEmpty() {
        assertEquals("", MoneyFormat.format(null, "KRW", Locale.ENGLISH, 0, 0));
    }
}
