package io.hyperchain.web.ui;

import io.hyperchain.spare.SpareService;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The shared spare (P1.5) as the admin sees it: the node elected, its period and average load, and
 * the tenants it joins at their next start — what GET /api/v1/admin/spare answers.
 */
@Named
@ViewScoped
public class SpareView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A tenant the spare serves; its average load in percent, to a tenth. */
    public record ServedLine(long id, String name, double loadPercent) {

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public double getLoadPercent() {
            return loadPercent;
        }
    }

    @Inject
    Caller caller;

    @Inject
    SpareService spares;

    private transient SpareService.Election spare;
    private transient List<ServedLine> tenants;
    private long thresholdPercent;

    @PostConstruct
    void init() {
        caller.require(Role.ADMIN);
        refresh();
    }

    public void refresh() {
        spare = spares.current().orElse(null);
        tenants = spare == null ? List.of() : spares.tenantsServed(spare).stream()
                .map(tenant -> new ServedLine(tenant.tenantId(), tenant.name(), percent(tenant.averageLoad()))).toList();
        thresholdPercent = Math.round(spares.threshold() * 100);
    }

    /** A share (0..1) in percent to a tenth, as the API gives it. */
    static double percent(double share) {
        return Math.round(share * 1000) / 10.0;
    }

    public boolean isElected() {
        return spare != null;
    }

    public String getNodeName() {
        return spare == null ? null : spare.nodeName();
    }

    public String getPeriod() {
        return spare == null ? null : spare.periodKey();
    }

    public double getAverageLoadPercent() {
        return spare == null ? 0 : percent(spare.averageLoad());
    }

    public long getThresholdPercent() {
        return thresholdPercent;
    }

    public List<ServedLine> getTenants() {
        return tenants == null ? List.of() : tenants;
    }
}
