package io.hyperchain.web.api;

import io.hyperchain.web.JsonValues;
import io.hyperchain.cluster.TenantNode;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/** A tenant's node as the API shows it. */
final class TenantNodeJson {

    private TenantNodeJson() {
    }

    static JsonArrayBuilder of(List<TenantNode> nodes) {
        var list = JsonValues.array();
        nodes.forEach(node -> list.add(JsonValues.object()
                .add("id", node.id())
                .add("name", node.name())
                .add("state", node.state().name())
                .add("selected", node.selected())
                .add("loadPercent", node.loadPercent())
                .add("assignedTenants", node.assignedTenants())));
        return list;
    }
}
