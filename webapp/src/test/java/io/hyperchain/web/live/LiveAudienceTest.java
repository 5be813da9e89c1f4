package io.hyperchain.web.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.tenant.CallerProfile;
import io.hyperchain.tenant.Role;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LiveAudienceTest {

    private static CallerProfile tenantUser(long tenantId) {
        return new CallerProfile(1, "t@example.com", tenantId, "T", Set.of(Role.TENANT), true);
    }

    @Test
    void aTenantsPagesListenOnTheirTenantsKeyAndAdminsOnTheirs() {
        assertEquals("tenant-7", LiveAudience.of(tenantUser(7)));
        assertEquals("admins", LiveAudience.of(new CallerProfile(2, "a@example.com", null, null, Set.of(Role.ADMIN), true)));
        assertNull(LiveAudience.of(new CallerProfile(3, "c@example.com", null, null, Set.of(Role.ACCOUNTANT), true)),
                "accountants have no live pages");
        assertNull(LiveAudience.of((CallerProfile) null));
    }

    @Test
    void aTenantsEventGoesToThatTenantAndAdminsOnlyAndAnAdminsEventToAdminsOnly() {
        var tenants = LiveAudience.of(new LiveMessage("token.create", 7L, "x"));
        assertEquals(List.of("admins", "tenant-7"), tenants);
        assertFalse(tenants.contains(LiveAudience.of(tenantUser(8))), "another tenant never hears it");
        assertEquals(List.of("admins"), LiveAudience.of(new LiveMessage("node.maintenance", null, "node 3")));
    }

    @Test
    void titlesComeInBothLanguagesAndAnUnknownTopicIsShownAsItIs() {
        assertEquals("Node in maintenance", LiveTitles.of("node.maintenance", Locale.ROOT));
        assertEquals("노드 유지보수 중", LiveTitles.of("node.maintenance", Locale.KOREAN));
        assertEquals("New notification", LiveTitles.of("notice.disk-redirected", Locale.ROOT));
        assertEquals("something.new", LiveTitles.of("something.new", Locale.KOREAN));
        assertTrue(LiveTitles.quiet("job.done"));
        assertFalse(LiveTitles.quiet("job.failed"));
    }
}
