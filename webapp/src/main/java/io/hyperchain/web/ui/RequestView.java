package io.hyperchain.web.ui;

import io.hyperchain.cluster.NodeAssignments;
import io.hyperchain.placement.NodeCount;
import io.hyperchain.placement.NodeCountPolicy;
import io.hyperchain.placement.ResourceRequest;
import io.hyperchain.settings.PortalSettings;
import io.hyperchain.shared.DomainException;
import io.hyperchain.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** The resource request page (P1.1): the node count follows the numbers as the tenant types. */
@Named
@ViewScoped
public class RequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @Inject
    PortalSettings settings;

    @Inject
    NodeAssignments assignments;

    @Inject
    PageMessages messages;

    @Inject
    io.hyperchain.billing.MonthlyUsage usage;

    private Integer cpu = 2;
    private Integer memoryGiB = 4;
    private Integer diskGiB = 20;
    private Integer hoursPerDay = 8;
    private Integer previewCount;
    private String previewDimension;
    private int baseCpu;
    private int baseMemoryGiB;
    private int baseDiskGiB;
    private io.hyperchain.billing.rating.PlanVersion plan;
    private Amount estimate;

    @PostConstruct
    void init() {
        var tenant = caller.tenant();
        var base = settings.baseAllotment();
        baseCpu = base.cpu();
        baseMemoryGiB = base.memoryGiB();
        baseDiskGiB = base.diskGiB();
        plan = usage.currentPlan(tenant).orElse(null);
        recount();
    }

    /** Called as the tenant types: the node count for what is in the fields now. */
    public void recount() {
        try {
            NodeCount count = NodeCountPolicy.nodeCount(request(), new io.hyperchain.placement.BaseAllotment(
                    baseCpu, baseMemoryGiB, baseDiskGiB));
            previewCount = count.count();
            previewDimension = count.decidedBy().name();
            estimate = plan == null ? null : new Amount(io.hyperchain.billing.rating.CostEstimate.month(plan, previewCount,
                    orZero(hoursPerDay), baseCpu, baseMemoryGiB, baseDiskGiB), plan.currency());
        } catch (DomainException e) {
            previewCount = null;
            previewDimension = null;
            estimate = null;
        }
    }

    public void submit() throws IOException {
        try {
            var count = assignments.request(caller.tenant(), request());
            var faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            messages.info("request.done", count.count());
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/ui/tenant/dashboard.xhtml");
        } catch (DomainException e) {
            messages.refused("request", e);
        }
    }

    private ResourceRequest request() {
        return new ResourceRequest(orZero(cpu), orZero(memoryGiB), orZero(diskGiB), orZero(hoursPerDay));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    public Integer getPreviewCount() {
        return previewCount;
    }

    /** A month of the previewed nodes at the hours a day asked for, under the plan that applies now. */
    public Amount getEstimate() {
        return estimate;
    }

    public String getPreviewDimension() {
        return previewDimension;
    }

    public int getBaseCpu() {
        return baseCpu;
    }

    public int getBaseMemoryGiB() {
        return baseMemoryGiB;
    }

    public int getBaseDiskGiB() {
        return baseDiskGiB;
    }

    public Integer getCpu() {
        return cpu;
    }

    public void setCpu(Integer cpu) {
        this.cpu = cpu;
    }

    public Integer getMemoryGiB() {
        return memoryGiB;
    }

    public void setMemoryGiB(Integer memoryGiB) {
        this.memoryGiB = memoryGiB;
    }

    public Integer getDiskGiB() {
        return diskGiB;
    }

    public void setDiskGiB(Integer diskGiB) {
        this.diskGiB = diskGiB;
    }

    public Integer getHoursPerDay() {
        return hoursPerDay;
    }

    public void setHoursPerDay(Integer hoursPerDay) {
        this.hoursPerDay = hoursPerDay;
    }
}
