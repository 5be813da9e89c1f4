package io.hyperchain.web.api;

import io.hyperchain.web.JsonValues;
import io.hyperchain.cluster.NodeStatus;
import jakarta.json.JsonObject;

/** A node as the API shows it. */
final class NodeJson {

    private NodeJson() {
    }

    static JsonObject of(NodeStatus node) {
        var engine = JsonValues.object().add("reachable", node.engine().reachable());
        if (node.engine().reachable()) {
            engine.add("version", node.engine().version())
                    .add("containers", node.engine().containers())
                    .add("runningContainers", node.engine().runningContainers());
        } else {
            engine.add("problem", node.engine().problem());
        }
        return JsonValues.object()
                .add("id", node.id())
                .add("name", node.name())
                .add("dockerHost", node.dockerHost())
                .add("state", node.state().name())
                .add("cpu", node.capacity().cpu())
                .add("memoryGiB", node.capacity().memoryGiB())
                .add("diskGiB", node.capacity().diskGiB())
                .add("subDiskGiB", node.capacity().subDiskGiB())
                .add("engine", engine)
                .build();
    }
}
