package io.hyperchain.billing;

import io.hyperchain.billing.rating.Metric;
import io.hyperchain.billing.rating.MetricPrice;
import io.hyperchain.billing.rating.PriceTier;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A plan version's prices as stored (a JSON text in the version's row, written once). */
final class PlanPrices {

    private PlanPrices() {
    }

    static String toJson(Map<Metric, MetricPrice> prices) {
        var root = Json.createObjectBuilder();
        prices.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            MetricPrice p = e.getValue();
            var price = Json.createObjectBuilder().add("mode", p.mode().name());
            if (p.mode() == MetricPrice.TierMode.FLAT) {
                price.add("unitPrice", p.unitPrice().toPlainString());
            } else {
                var tiers = Json.createArrayBuilder();
                p.tiers().forEach(t -> {
                    var tier = Json.createObjectBuilder().add("unitPrice", t.unitPrice().toPlainString());
                    if (t.upTo() != null) {
                        tier.add("upTo", t.upTo().toPlainString());
                    }
                    tiers.add(tier);
                });
                price.add("tiers", tiers);
            }
            root.add(e.getKey().code(), price);
        });
        return root.build().toString();
    }

    static Map<Metric, MetricPrice> fromJson(String json) {
        Map<Metric, MetricPrice> prices = new EnumMap<>(Metric.class);
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject root = reader.readObject();
            root.forEach((code, value) -> Metric.ofCode(code).ifPresent(metric -> {
                JsonObject p = value.asJsonObject();
                var mode = MetricPrice.TierMode.valueOf(p.getString("mode", "FLAT"));
                if (mode == MetricPrice.TierMode.FLAT) {
                    prices.put(metric, MetricPrice.flat(new BigDecimal(p.getString("unitPrice"))));
                } else {
                    List<PriceTier> tiers = new ArrayList<>();
                    for (JsonValue t : p.getJsonArray("tiers")) {
                        JsonObject tier = t.asJsonObject();
                        tiers.add(new PriceTier(tier.containsKey("upTo") ? new BigDecimal(tier.getString("upTo")) : null,
                                new BigDecimal(tier.getString("unitPrice"))));
                    }
                    prices.put(metric, new MetricPrice(null, mode, tiers));
                }
            }));
        }
        return prices;
    }
}
