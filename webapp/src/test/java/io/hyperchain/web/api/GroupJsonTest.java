package io.hyperchain.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.group.CommandView;
import io.hyperchain.group.GroupBranch;
import io.hyperchain.group.MemberResult;
import io.hyperchain.group.NodeRef;
import io.hyperchain.group.ResultState;
import io.hyperchain.shared.DomainException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Groups and group commands as the API writes them. */
class GroupJsonTest {

    private static final Instant SENT = Instant.parse("2027-01-05T10:00:00Z");

    @Test
    void aGroupNestsTheGroupsInItWithTheirOwnNodes() {
        var shelf = new GroupBranch(2, "shelf", 1L, 1, List.of("rack 1", "shelf"), List.of(new NodeRef(8, "node-8", "DRAINING")),
                1, List.of());
        var rack = new GroupBranch(1, "rack 1", null, 0, List.of("rack 1"), List.of(new NodeRef(7, "node-7", "ACTIVE")), 2,
                List.of(shelf));
        var json = GroupJson.tree(List.of(rack)).getJsonObject(0);
        assertEquals("rack 1", json.getString("name"));
        assertTrue(json.isNull("parentId"));
        assertEquals(2, json.getInt("nodeCount"));
        assertEquals("node-7", json.getJsonArray("members").getJsonObject(0).getString("name"));
        var nested = json.getJsonArray("groups").getJsonObject(0);
        assertEquals("rack 1 / shelf", nested.getString("path"));
        assertEquals(1, nested.getInt("parentId"));
        assertEquals("DRAINING", nested.getJsonArray("members").getJsonObject(0).getString("state"));
        assertEquals(0, nested.getJsonArray("groups").size());
    }

    @Test
    void aCommandCarriesEveryMembersResultTheCountsAndWhetherItIsDone() {
        var view = new CommandView(5, null, "rack 1", "shell", "echo hi", "ops@example.com", SENT, SENT.plusSeconds(35),
                List.of(new MemberResult(7, "node-7", ResultState.OK, 0, "hi\n", "exit 0", SENT.plusSeconds(1)),
                        new MemberResult(8, "node-8", ResultState.PENDING, null, null, null, null)));
        var json = GroupJson.command(view);
        assertEquals(5, json.getInt("id"));
        assertTrue(json.isNull("groupId"), "the group was deleted since");
        assertEquals("echo hi", json.getString("shell"));
        assertEquals(false, json.getBoolean("done"));
        assertEquals(1, json.getJsonObject("counts").getInt("PENDING"));
        assertEquals(0, json.getJsonObject("counts").getInt("TIMED_OUT"));
        var ok = json.getJsonArray("results").getJsonObject(0);
        assertEquals("OK", ok.getString("state"));
        assertEquals(0, ok.getInt("exitCode"));
        assertEquals("hi\n", ok.getString("output"));
        var pending = json.getJsonArray("results").getJsonObject(1);
        assertTrue(pending.isNull("exitCode") && pending.isNull("output") && pending.isNull("finishedAt"));
    }

    @Test
    void aPathIdThatIsNoNumberNamesNothing() {
        var e = assertThrows(DomainException.class, () -> GroupJson.idOf("abc", "group.notFound", "group"));
        assertEquals("group.notFound", e.code());
        assertEquals(42, GroupJson.idOf("42", "group.notFound", "group"));
    }
}
