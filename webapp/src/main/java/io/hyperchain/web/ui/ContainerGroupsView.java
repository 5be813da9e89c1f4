package io.hyperchain.web.ui;

import io.hyperchain.environment.EnvironmentQueries;
import io.hyperchain.environment.EnvironmentView;
import io.hyperchain.environment.GroupOutcome;
import io.hyperchain.environment.GroupPower;
import io.hyperchain.shared.DomainException;
import io.hyperchain.web.security.Caller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The dashboard's group bar (sql/V28): the tenant's groups of containers, each with the power buttons
 * its containers allow, and after an action each member's answer. The environment it shows is the
 * dashboard's ({@link DashboardView}), so the node pictures show what the group's action did.
 */
@Named
@ViewScoped
public class ContainerGroupsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One member's answer to the last action, in the reader's language. */
    public record Line(String nodeName, String text, boolean failed) implements Serializable {

        public String getNodeName() {
            return nodeName;
        }

        public String getText() {
            return text;
        }

        public boolean isFailed() {
            return failed;
        }
    }

    @Inject
    Caller caller;

    @Inject
    GroupPower groupPower;

    @Inject
    EnvironmentQueries queries;

    @Inject
    DashboardView dashboard;

    @Inject
    PageMessages messages;

    private String lastGroup;
    private List<Line> lines = List.of();

    public List<EnvironmentView.Group> getGroups() {
        return dashboard.getEnvironment().getGroups();
    }

    /** A power button of a group: "poweron", "poweroff", "shutdown", "reboot", "reset", "pause". */
    public void power(String group, String action) {
        var tenant = caller.tenant();
        try {
            var result = groupPower.act(tenant, group, action);
            var outcome = result.outcome();
            dashboard.show(result.environment());
            lastGroup = outcome.group().value();
            lines = outcome.members().stream().map(m -> line(result.environment(), outcome, m)).toList();
            if (outcome.isAllDone()) {
                messages.info("dashboard.group.done", lastGroup, outcome.members().size());
            } else {
                messages.error("dashboard.group.someFailed", lastGroup, outcome.failures(), outcome.members().size());
            }
        } catch (DomainException e) {
            dashboard.show(queries.view(tenant));
            lastGroup = null;
            lines = List.of();
            messages.refused("environment", e);
        }
    }

    private Line line(EnvironmentView environment, GroupOutcome outcome, GroupOutcome.MemberResult member) {
        var container = environment.containerOn(member.nodeId());
        String node = container == null ? Long.toString(member.nodeId()) : container.nodeName();
        if (member.isFailed()) {
            return new Line(node, messages.text("dashboard.group.memberFailed", node,
                    messages.refusal(member.code(), member.message())), true);
        }
        String key = (member.changed() ? "dashboard.power.done." : "dashboard.power.already.") + outcome.action().word();
        return new Line(node, messages.text(key, node), false);
    }

    /** The group the answers below belong to (the last one acted on), or null. */
    public String getLastGroup() {
        return lastGroup;
    }

    public List<Line> getLines() {
        return lines;
    }
}
