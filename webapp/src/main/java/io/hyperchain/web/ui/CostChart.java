package io.hyperchain.web.ui;

import io.hyperchain.billing.rating.TenantMonth;
import io.hyperchain.web.JsonValues;
import java.math.RoundingMode;
import java.util.List;

/** Chart.js bar chart JSON (PrimeFaces p:chart) of the month so far, one bar a day, net of tax. */
final class CostChart {

    private CostChart() {
    }

    static String of(List<TenantMonth.Day> days, String label) {
        var labels = JsonValues.array();
        var data = JsonValues.array();
        days.forEach(day -> {
            labels.add(day.day().getDayOfMonth());
            data.add(day.amount().setScale(0, RoundingMode.HALF_UP));
        });
        return JsonValues.object().add("type", "bar")
                .add("data", JsonValues.object().add("labels", labels)
                        .add("datasets", JsonValues.array().add(JsonValues.object().add("label", label).add("data", data)
                                .add("backgroundColor", "#3b82f6"))))
                .add("options", JsonValues.object().add("animation", false).add("maintainAspectRatio", false)
                        .add("plugins", JsonValues.object().add("legend", JsonValues.object().add("display", false))))
                .build().toString();
    }
}
