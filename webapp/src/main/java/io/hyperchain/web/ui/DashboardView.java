package io.hyperchain.web.ui;

import io.hyperchain.cluster.NodeRegistry;
import io.hyperchain.tenant.CallerProfile;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The tenant's dashboard: their tenant, the cluster at a glance, and what comes next. */
@Named
@RequestScoped
public class DashboardView {

    @Inject
    Caller caller;

    @Inject
    NodeRegistry registry;

    private CallerProfile profile;
    private long clusterNodes;

    @PostConstruct
    void init() {
        profile = caller.require(Role.TENANT);
        clusterNodes = registry.count();
    }

    public CallerProfile getProfile() {
        return profile;
    }

    public long getClusterNodes() {
        return clusterNodes;
    }
}
