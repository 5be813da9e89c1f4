package io.hyperchain.web.ui;

import java.io.Serializable;
import java.math.BigDecimal;

/** An amount of money a page shows, with its currency; formatted by {@link MoneyFormat}. */
public record Amount(BigDecimal value, String currency) implements Serializable {
}
