package io.hyperchain.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NodeSnapshotTest {

    @Test
    void withAssignedTenantsChangesOnlyTheTenantCount() {
        var node = NodeBuilder.node(7).limit(4).tenants(1).load(0.3).build();
        var more = node.withAssignedTenants(2);
        assertEquals(2, more.assignedTenants());
        assertEquals(node, more.withAssignedTenants(1));
    }

    @Test
    void withLoadChangesOnlyTheLoad() {
        var node = NodeBuilder.node(7).tenants(1).build();
        assertEquals(0.4, node.withLoad(new Load(0.4, 0, 0)).load().combined());
        assertEquals(1, node.withLoad(new Load(0.4, 0, 0)).assignedTenants());
    }

    @Test
    void countsCannotBeNegative() {
        assertThrows(IllegalArgumentException.class, () -> NodeBuilder.node(1).limit(-1).build());
        assertThrows(IllegalArgumentException.class, () -> NodeBuilder.node(1).tenants(-1).build());
    }

    @Test
    void moreTenantsThanTheLimitIsKeptAsAFact() {
        assertEquals(5, NodeBuilder.node(1).limit(3).tenants(5).build().assignedTenants());
    }
}
