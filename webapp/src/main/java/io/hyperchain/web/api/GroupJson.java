package io.hyperchain.web.api;

import io.hyperchain.group.CommandView;
import io.hyperchain.group.GroupBranch;
import io.hyperchain.group.MemberResult;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import io.hyperchain.web.JsonValues;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** Groups and group commands as the API shows them. */
final class GroupJson {

    private GroupJson() {
    }

    static JsonArray tree(List<GroupBranch> roots) {
        var array = JsonValues.array();
        roots.forEach(root -> array.add(group(root)));
        return array.build();
    }

    /** A group with its own nodes and, nested, the groups in it. */
    static JsonObject group(GroupBranch group) {
        var members = JsonValues.array();
        group.members().forEach(node -> members.add(JsonValues.object().add("id", node.id()).add("name", node.name())
                .add("state", node.state())));
        var body = JsonValues.object().add("id", group.id()).add("name", group.name()).add("path", group.getPath());
        if (group.parentId() == null) {
            body.addNull("parentId");
        } else {
            body.add("parentId", group.parentId());
        }
        return body.add("members", members).add("nodeCount", group.nodeCount()).add("groups", tree(group.groups())).build();
    }

    static JsonObject command(CommandView command) {
        var results = JsonValues.array();
        command.results().forEach(result -> results.add(result(result)));
        var counts = JsonValues.object();
        command.counts().forEach((state, count) -> counts.add(state.name(), count));
        var body = JsonValues.object().add("id", command.id());
        nullable(body, "groupId", command.groupId());
        body.add("groupName", command.groupName()).add("command", command.command());
        if (command.argument() != null) {
            body.add("shell", command.argument());
        }
        return body.add("sentBy", command.sentBy()).add("sentAt", command.sentAt().toString())
                .add("deadlineAt", command.deadlineAt().toString()).add("done", command.done()).add("counts", counts)
                .add("results", results).build();
    }

    private static JsonObject result(MemberResult result) {
        var body = JsonValues.object().add("nodeId", result.nodeId()).add("nodeName", result.nodeName())
                .add("state", result.state().name());
        nullable(body, "exitCode", result.exitCode() == null ? null : result.exitCode().longValue());
        text(body, "output", result.output());
        text(body, "message", result.message());
        text(body, "finishedAt", result.finishedAt() == null ? null : result.finishedAt().toString());
        return body.build();
    }

    private static void nullable(JsonObjectBuilder body, String field, Long value) {
        if (value == null) {
            body.addNull(field);
        } else {
            body.add(field, value);
        }
    }

    private static void text(JsonObjectBuilder body, String field, String value) {
        if (value == null) {
            body.addNull(field);
        } else {
            body.add(field, value);
        }
    }

    /** A path id that is no number names no group: 404 like one that does not exist. */
    static long idOf(String text, String code, String what) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new DomainException(Problem.NOT_FOUND, code, null, "There is no such " + what + ".");
        }
    }
}
