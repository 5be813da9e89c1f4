package io.hyperchain.web.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.AccessRule;
import io.hyperchain.web.security.AccessRule.Verdict;
import jakarta.servlet.annotation.WebServlet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricsEndpointTest {

    @Test
    void onlyAdminsMayReadTheMetrics() {
        assertEquals(new AccessRule.AnyOf(Set.of(Role.ADMIN)), MetricsEndpoint.RULE);
        assertEquals(Verdict.ALLOW, MetricsEndpoint.RULE.decide(Set.of(Role.ADMIN), true));
        assertEquals(Verdict.ROLE_REQUIRED, MetricsEndpoint.RULE.decide(Set.of(Role.TENANT), true));
        assertEquals(Verdict.ROLE_REQUIRED, MetricsEndpoint.RULE.decide(Set.of(Role.ACCOUNTANT), true));
        assertEquals(Verdict.LOGIN_REQUIRED, MetricsEndpoint.RULE.decide(Set.of(), false));
    }

    @Test
    void theEndpointTakesMetricsAndEverythingUnderIt() {
        // exact /metrics beats Payara's /metrics/* whatever the order; the prefix keeps /metrics/base from answering anonymously
        var mapping = MetricsEndpoint.class.getAnnotation(WebServlet.class);
        assertEquals(List.of("/metrics", "/metrics/*"), List.of(mapping.urlPatterns()));
        assertTrue(mapping.value().length == 0, "urlPatterns only");
    }
}
