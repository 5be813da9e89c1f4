package io.hyperchain.web.ui;

import io.hyperchain.cluster.NodeAssignments;
import io.hyperchain.cluster.NodeRegistry;
import io.hyperchain.cluster.TenantNode;
import io.hyperchain.environment.EnvironmentQueries;
import io.hyperchain.environment.EnvironmentService;
import io.hyperchain.environment.EnvironmentView;
import io.hyperchain.environment.WorkloadSettings;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.TenantContext;
import io.hyperchain.tenant.CallerProfile;
import io.hyperchain.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The tenant's dashboard: their nodes as pictures (P1.3), ticked ones in use, the environment's
 * containers, start / change / stop.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @Inject
    NodeRegistry registry;

    @Inject
    NodeAssignments assignments;

    @Inject
    EnvironmentService environments;

    @Inject
    EnvironmentQueries queries;

    @Inject
    io.hyperchain.environment.WorkloadSettings workloadSettings;

    @Inject
    io.hyperchain.environment.WorkloadPower power;

    @Inject
    PageMessages messages;

    @Inject
    io.hyperchain.notify.Notifications notifier;

    private List<io.hyperchain.notify.Notifications.Notice> notifications;
    private final LoadHistory history = new LoadHistory();
    private final UsageHistory usageHistory = new UsageHistory();

    @Inject
    io.hyperchain.metering.ContainerUsageHistory containerUsage;

    @Inject
    io.hyperchain.metering.LoadStore loads;

    @Inject
    java.time.Clock clock;

    @Inject
    io.hyperchain.billing.MonthlyUsage usage;

    @Inject
    io.hyperchain.settings.PortalSettings settings;

    @Inject
    io.hyperchain.template.TemplateCatalogue catalogue;

    @Inject
    LanguageView language;

    /** P4.1: the ready templates to start from, and the one picked (the running one's, or the default). */
    private List<Offered> templates;
    private Long templateId;

    private TenantContext tenant;
    private CallerProfile profile;
    private long clusterNodes;
    private Amount monthSoFar;
    private String costByDay;
    private Amount nodeHour;
    private List<TenantNode> nodes;
    private EnvironmentView environment;
    private List<Long> ticked = new ArrayList<>();
    /** The form's "do not move" and kind of each container, by node (P1.8). */
    private final java.util.Map<Long, Boolean> pins = new java.util.HashMap<>();
    private final java.util.Map<Long, String> kinds = new java.util.HashMap<>();
    /** The form's group of each container, by node (sql/V28). */
    private final java.util.Map<Long, String> groups = new java.util.HashMap<>();

    @PostConstruct
    void init() {
        tenant = caller.tenant();
        profile = caller.profile();
        clusterNodes = registry.count();
        showCosts();
        refresh();
        ticked = new ArrayList<>(nodes.stream().filter(TenantNode::selected).map(TenantNode::id).toList());
        showTemplates();
    }

    /** A template in the picker: its name, and what it is in the reader's language. */
    public record Offered(long id, String name, String description, boolean isDefault) implements Serializable {

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getDescription() {
            return description;
        }
    }

    /** The picker's templates; it shows the running environment's, else the default. */
    private void showTemplates() {
        boolean korean = language.isKorean();
        templates = catalogue.ready().stream()
                .map(t -> new Offered(t.id(), t.name(), korean ? t.descriptionKo() : t.descriptionEn(), t.isDefault()))
                .toList();
        templateId = environment.isRunning() && environment.templateId() != null ? environment.templateId()
                : templates.stream().filter(Offered::isDefault).map(Offered::id).findFirst().orElse(null);
    }

    public List<Offered> getTemplates() {
        return templates;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    /** What the picked template is, in the reader's language. */
    public String getTemplateDescription() {
        return templates.stream().filter(t -> Long.valueOf(t.id()).equals(templateId)).map(Offered::description).findFirst()
                .orElse("");
    }

    public void refresh() {
        nodes = assignments.nodesOf(tenant);
        show(queries.view(tenant));
        notifications = notifier.of(tenant);
        drawChart();
        drawUsage();
    }

    /** What this month cost so far, and what one node costs an hour under the plan that applies now. */
    private void showCosts() {
        var month = usage.dashboard(tenant, usage.month(null));
        var report = month.report();
        monthSoFar = new Amount(report.totals().total(), report.currency());
        costByDay = CostChart.of(month.days(), messages.text("dashboard.costByDay"));
        var base = settings.baseAllotment();
        nodeHour = month.planNow()
                .map(plan -> new Amount(io.hyperchain.billing.rating.CostEstimate.nodeHour(plan, base.cpu(), base.memoryGiB()),
                        plan.currency()))
                .orElse(null);
    }

    /** The month so far, a bar a day (Chart.js JSON). */
    public String getCostByDay() {
        return costByDay;
    }

    public Amount getMonthSoFar() {
        return monthSoFar;
    }

    /** One node for an hour with the base CPU and memory, or null when no plan applies. */
    public Amount getNodeHour() {
        return nodeHour;
    }

    /** P4.3: the load history of the tenant's own nodes over the chosen range. */
    public void drawChart() {
        var names = new java.util.LinkedHashMap<Long, String>();
        nodes.forEach(node -> names.put(node.id(), node.name()));
        history.draw(names, loads, java.time.Instant.now(clock), messages.text("nodes.chart.axis"));
    }

    public LoadHistory getHistory() {
        return history;
    }

    /** P4.3: the tenant's own containers' usage (CPU, memory or disk) over the chosen range. */
    public void drawUsage() {
        var range = usageHistory.range();
        usageHistory.draw(containerUsage.of(tenant, range, java.time.Instant.now(clock)), messages.text(usageHistory.axisKey()));
    }

    public UsageHistory getUsageHistory() {
        return usageHistory;
    }

    public List<io.hyperchain.notify.Notifications.Notice> getNotifications() {
        return notifications;
    }

    /** Start, or change which nodes run: the ticked ones run, the others stop costing. */
    public void start() {
        try {
            show(environments.start(tenant, new LinkedHashSet<>(ticked), templateId));
            nodes = assignments.nodesOf(tenant);
            if (environment.isAnyFailed()) {
                messages.error("environment.someFailed");
            } else if (environment.isAnyStarting()) {
                messages.info("environment.starting", environment.containers().size());
            } else {
                messages.info("environment.started", environment.containers().size());
            }
        } catch (DomainException e) {
            messages.refused("environment", e);
        }
    }

    /**
     * A live event (P4.5): the containers and the notifications as they are now. While a start is in
     * progress its poll follows the containers (and says when they all run): left to it.
     */
    public void liveRefresh() {
        if (environment == null || !environment.isAnyStarting()) {
            show(queries.view(tenant));
        }
        notifications = notifier.of(tenant);
    }

    /** While containers are still starting the page asks again every few seconds. */
    public void poll() {
        boolean wasStarting = environment != null && environment.isAnyStarting();
        show(queries.view(tenant));
        if (wasStarting && !environment.isAnyStarting()) {
            if (environment.isAnyFailed()) {
                messages.error("environment.someFailed");
            } else {
                messages.info("environment.started", environment.containers().size());
            }
        }
    }

    public void stop() {
        show(environments.stop(tenant));
        messages.info("environment.stopped");
        showTemplates(); // the picker is free again
    }

    /** The tenant changed the kind or the "do not move" of the container on this node. */
    public void changeContainer(long nodeId) {
        try {
            String kind = kinds.get(nodeId);
            show(workloadSettings.change(tenant, nodeId, kind == null ? null : WorkloadSettings.kind(kind), pins.get(nodeId),
                    io.hyperchain.environment.GroupChange.KEEP));
            messages.info(Boolean.TRUE.equals(pins.get(nodeId)) ? "dashboard.container.pinned" : "dashboard.container.saved");
        } catch (DomainException e) {
            show(queries.view(tenant));
            messages.refused("environment", e);
        }
    }

    /** P4.2: a power button of the container on this node: "poweron", "poweroff", "shutdown", "reboot", "reset", "pause". */
    public void power(long nodeId, String action) {
        try {
            var result = power.act(tenant, nodeId, action);
            show(result.environment());
            var container = environment.containerOn(nodeId);
            messages.info((result.changed() ? "dashboard.power.done." : "dashboard.power.already.") + result.action().word(),
                    container == null ? Long.toString(nodeId) : container.nodeName());
        } catch (DomainException e) {
            show(queries.view(tenant));
            messages.refused("environment", e);
        }
    }

    /** The tenant typed a group for the container on this node (sql/V28); an empty field takes it out of its group. */
    public void changeGroup(long nodeId) {
        try {
            String group = groups.get(nodeId);
            show(workloadSettings.change(tenant, nodeId, null, null,
                    io.hyperchain.environment.GroupChange.to(group == null || group.isBlank() ? null : group.strip())));
            messages.info("dashboard.container.saved");
        } catch (DomainException e) {
            show(queries.view(tenant));
            messages.refused("environment", e);
        }
    }

    /** Shows this environment: the page's own actions, and the group bar's ({@link ContainerGroupsView}). */
    public void show(EnvironmentView view) {
        environment = view;
        pins.clear();
        kinds.clear();
        groups.clear();
        view.containers().forEach(c -> {
            pins.put(c.nodeId(), c.pinned());
            kinds.put(c.nodeId(), c.kind().name());
            groups.put(c.nodeId(), c.group());
        });
    }

    public java.util.Map<Long, String> getGroups() {
        return groups;
    }

    public java.util.Map<Long, Boolean> getPins() {
        return pins;
    }

    public java.util.Map<Long, String> getKinds() {
        return kinds;
    }

    /** The container on this node, or null: the picture shows its state. */
    public EnvironmentView.Container containerOn(long nodeId) {
        return environment.containerOn(nodeId);
    }

    public CallerProfile getProfile() {
        return profile;
    }

    public long getClusterNodes() {
        return clusterNodes;
    }

    public List<TenantNode> getNodes() {
        return nodes;
    }

    public EnvironmentView getEnvironment() {
        return environment;
    }

    public List<Long> getTicked() {
        return ticked;
    }

    public void setTicked(List<Long> ticked) {
        this.ticked = ticked == null ? new ArrayList<>() : ticked;
    }
}
