package io.hyperchain.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;

/**
 * Live pages across portal instances (P4.5): pages open on instance B hear, within a second, of
 * what is done through instance A, and each hears only what its user may see.
 */
final class LivePages {

    private static final String PASSWORD = "live pages password 1";
    private static final long SECOND_NANOS = 1_000_000_000L;

    private LivePages() {
    }

    static void onBHearWhatHappensOnA(URI a, URI b) throws Exception {
        long run = System.nanoTime() % 1_000_000;
        String first = "live-one-" + run + "@example.com";
        String second = "live-two-" + run + "@example.com";
        var anonymous = new PortalClient(a);
        assertEquals(201, anonymous.signUp("Live One " + run, first, PASSWORD).status());
        assertEquals(201, anonymous.signUp("Live Two " + run, second, PASSWORD).status());
        try (var admin = new Browser(b); var one = new Browser(b); var two = new Browser(b)) {
            admin.logIn(TestEnvironment.adminEmail(), TestEnvironment.adminPassword(), "/ui/admin/nodes.xhtml");
            admin.open("ui/admin/overview.xhtml");
            one.logIn(first, PASSWORD, "/ui/tenant/dashboard.xhtml");
            two.logIn(second, PASSWORD, "/ui/tenant/dashboard.xhtml");
            for (var page : new Browser[] {admin, one, two}) {
                page.until(d -> "true".equals(page.attribute("#hc-live", "data-open")));
            }

            // a tenant's own affair, done through A: its page on B hears of it, the other tenant's does not
            var made = new PortalClient(a).basic(second, PASSWORD).post("api/v1/tokens",
                    "{\"name\":\"live\",\"scopes\":[\"read\"],\"expiresInDays\":30}");
            assertEquals(201, made.status(), made::toString);
            long heard = heard(two, "token.create");
            System.out.printf("live: token.create made on A reached the tenant's page on B in %d ms%n", heard / 1_000_000);
            assertTrue(heard <= SECOND_NANOS, "within a second: " + heard / 1_000_000 + " ms");
            assertTrue(two.find("#hc-live .hc-toast[data-topic='token.create']").getText().contains("API token made"),
                    "the page shows it: " + two.text("#hc-live"));
            heard(admin, "token.create"); // admins see every tenant's events
            Thread.sleep(1_000);
            assertFalse(topics(one).contains("token.create"), "another tenant's page hears nothing of it: " + topics(one));

            // an admin's act on A: the overview on B shows the node in maintenance without a reload
            long node = PortalClusterIT.count("select min(id) from node where state = 'ACTIVE'");
            String name = PortalClusterIT.text("select name from node where id = " + node);
            var admins = new PortalClient(a).basic(TestEnvironment.adminEmail(), TestEnvironment.adminPassword());
            try {
                assertEquals(200, admins.post("api/v1/admin/nodes/" + node + "/maintenance", "").status());
                long shown = heard(admin, "node.maintenance");
                System.out.printf("live: node.maintenance on A reached the admin's overview on B in %d ms%n", shown / 1_000_000);
                assertTrue(shown <= SECOND_NANOS, "within a second: " + shown / 1_000_000 + " ms");
                // the tile's title names its state (its colour may say "down" first: these nodes have no engine now)
                admin.until(d -> String.valueOf(admin.attribute("[data-node='" + name + "']", "title")).contains("maintenance"),
                        Duration.ofSeconds(5));
                Thread.sleep(500);
                assertFalse(topics(one).contains("node.maintenance"), "tenants hear nothing of admins' affairs");
                assertFalse(topics(two).contains("node.maintenance"), "tenants hear nothing of admins' affairs");
            } finally {
                assertEquals(200, admins.post("api/v1/admin/nodes/" + node + "/activate", "").status());
            }
        }
    }

    /** How long after now the page's live box counts the topic as arrived; fails after 10 s. */
    private static long heard(Browser page, String topic) throws InterruptedException {
        long start = System.nanoTime();
        while (!topics(page).contains(topic)) {
            assertTrue(System.nanoTime() - start < 10 * SECOND_NANOS, topic + " never reached the page: " + topics(page));
            Thread.sleep(20);
        }
        return System.nanoTime() - start;
    }

    private static String topics(Browser page) {
        return " " + String.valueOf(page.attribute("#hc-live", "data-topics")) + " ";
    }
}
