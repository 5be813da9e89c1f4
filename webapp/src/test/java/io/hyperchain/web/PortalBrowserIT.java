package io.hyperchain.web;

import static io.hyperchain.web.ApiAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pages of issue 2 in headless Chromium: sign-up, login, Korean, the admin's node registry; issue 14's jobs, disks and spare. */
class PortalBrowserIT extends PortalIT {

    private static final String PASSWORD = "a long enough password";


    Browser browser;

    @BeforeEach
    void open() throws Exception {
        browser = new Browser(base);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void aNewTenantSignsUpSeesTheDashboardSwitchesToKoreanAndLogsBackIn() {
        String tenant = TestEnvironment.unique("Hanbit Labs");
        String email = TestEnvironment.unique("founder") + "@example.com";

        browser.open("signup.xhtml");
        browser.type("#signup\\:tenantName", tenant);
        browser.type("#signup\\:email", email);
        browser.type("#signup\\:password", "short");
        browser.click("#signup\\:submit");
        browser.waitForText("#signup\\:password-message", "at least 10 characters");
        browser.screenshot("signup-short-password");
        assertEquals(tenant, browser.find("#signup\\:tenantName").getAttribute("value"), "what was typed is kept");

        browser.type("#signup\\:password", PASSWORD);
        browser.click("#signup\\:submit");
        browser.waitForPath("/ui/tenant/dashboard.xhtml");
        assertTrue(browser.text("#verify-banner").contains("confirm your e-mail address"), "until the mailed link is opened");
        assertEquals(tenant, browser.text("#tenant-name"));
        assertEquals(email, browser.text("#user-email"));
        assertTrue(browser.text("#welcome").contains("Welcome"), browser.text("#welcome"));
        // the count the dashboard shows is the registry's, as the admin's API gives it
        assertEquals(new PortalClient(base).basic(TestEnvironment.adminEmail(), TestEnvironment.adminPassword())
                .get("api/v1/nodes").array().size(), Long.parseLong(browser.text("#cluster-nodes")));
        browser.screenshot("dashboard-en");

        browser.click("#header\\:lang-ko");
        browser.waitForText("#welcome", "환영합니다");
        assertTrue(browser.pageText().contains("클라우드의 노드 수"), "the dashboard speaks Korean");
        browser.screenshot("dashboard-ko");

        browser.click("#header\\:logout");
        browser.waitForPath("/login.xhtml");
        assertTrue(browser.text("#logged-out").contains("로그아웃되었습니다"), "the choice of language outlives the session");

        browser.type("#login\\:email", email);
        browser.type("#login\\:password", "not the password");
        browser.click("#login\\:submit");
        browser.waitForText("#login\\:messages", "틀렸습니다");
        browser.screenshot("login-wrong-password-ko");

        browser.logIn(email, PASSWORD, "/ui/tenant/dashboard.xhtml");
        assertEquals(tenant, browser.text("#tenant-name"));
    }

    @Test
    void anAdminRegistersANodeThroughTheFormAndSeesItsEngineAnswer() throws Exception {
        String name = TestEnvironment.unique("browser-node");
        browser.logIn(TestEnvironment.adminEmail(), TestEnvironment.adminPassword(), "/ui/admin/nodes.xhtml");

        browser.type("#register\\:name", name);
        browser.type("#register\\:dockerHost", "tcp://127.0.0.99:2375");
        browser.click("#register\\:submit");
        browser.waitForText("#register", "No Docker engine answered");
        assertFalse(browser.text("#list\\:nodes").contains(name), "an unreachable engine registers nothing");
        browser.screenshot("nodes-unreachable");

        browser.type("#register\\:dockerHost", TestEnvironment.nodeHosts().get(4));
        // P1.10: the engine says what its machine has and fills the figures before anything is saved
        browser.click("#register\\:read-engine");
        browser.waitForText("#register", "The engine has");
        assertFalse(browser.text("#list\\:nodes").contains(name), "reading the engine registers nothing");
        browser.click("#register\\:submit");
        browser.waitForText("#list\\:nodes", name);
        String table = browser.text("#list\\:nodes");
        assertTrue(table.contains(TestEnvironment.nodeHosts().get(4)), table);
        assertTrue(browser.text("#register").contains("registered"), browser.text("#register"));
        // found afresh: the list is live, and the registration's own event may have re-rendered it meanwhile
        assertTrue(browser.find("#list\\:nodes tr.hc-node-row:has(.hc-node-name)").isDisplayed());
        browser.screenshot("nodes-registered");

        // the cluster overview: every node a tile named by its title; the spare starred
        long nodeId = TestDatabase.number("select id from node where name = ?", name);
        TestDatabase.update("insert into spare_election (period_key, node_id, average_load, elected_at) "
                + "values ('browser-test', ?, 0, now(3) + interval 1 day)", nodeId);
        try {
            browser.click("#nav-overview");
            browser.waitForPath("/ui/admin/overview.xhtml");
            var tile = browser.find("#overview\\:tiles [data-node='" + name + "']");
            assertTrue(tile.getAttribute("title").startsWith(name + " · "), tile.getAttribute("title"));
            assertTrue(tile.getAttribute("class").contains("hc-tile-spare"), tile.getAttribute("class"));
            assertTrue(Integer.parseInt(browser.text("#overview\\:nodes")) >= 1);
            assertEquals(TestDatabase.number("select count(*) from node"),
                    browser.findAll("#overview\\:tiles [data-node]").size(), "one tile per node");
            browser.screenshot("overview");
        } finally {
            TestDatabase.update("delete from spare_election where period_key = 'browser-test'");
        }
        browser.open("ui/admin/nodes.xhtml");
        browser.find("#chart\\:load canvas"); // the load history chart is drawn
        browser.click("#chart\\:range .ui-button:nth-of-type(2)"); // last day
        browser.find("#chart\\:load canvas");

        browser.setWidth(800, 900); // a small laptop window: the table reflows, nothing is cut off
        browser.open("ui/admin/nodes.xhtml");
        assertTrue(browser.text("#list\\:nodes").contains(name));
        browser.screenshot("nodes-narrow");
    }

    @Test
    void aTenantSeesTheirDiskBeingEnlargedAndThePageFollowsItUntilItIsDone() throws Exception {
        String email = TestEnvironment.unique("growing") + "@example.com";
        assertEquals(201, new PortalClient(base).signUp(TestEnvironment.unique("Growing"), email, PASSWORD).status());
        long tenantId = TestDatabase.number("select tenant_id from user_account where email = ?", email);
        long nodeId = TestDatabase.number("select min(id) from node");
        // the state an approval leaves while the node copies the files back (the copy itself is EnvironmentIT's)
        TestDatabase.update("insert into disk_allotment (tenant_id, node_id, name, main_mib, redirected, created_at) "
                + "values (?, ?, ?, 1024, true, now(3))", tenantId, nodeId, "t" + tenantId + "-n" + nodeId);
        long allotment = TestDatabase.number("select id from disk_allotment where tenant_id = ?", tenantId);
        TestDatabase.update("insert into disk_upgrade (allotment_id, tenant_id, current_mib, requested_mib, state, requested_by, "
                + "decided_by, decided_at, created_at) values (?, ?, 1024, 2048, 'APPLYING', ?, 'admin', now(3), now(3))",
                allotment, tenantId, email);
        try {
            browser.logIn(email, PASSWORD, "/ui/tenant/dashboard.xhtml");
            browser.waitForText(".hc-disk-state", "being enlarged");
            assertTrue(browser.text("#my-disks").contains("moving to the 2 GiB disk"), browser.text("#my-disks"));
            assertTrue(browser.findAll("#disks\\:list\\:0\\:request").isEmpty(), "no second request while it grows");
            browser.screenshot("disk-upgrading");
            // the node is done: the page shows it without a reload, and offers a bigger disk again
            TestDatabase.update("update disk_allotment set main_mib = 2048, redirected = false where id = ?", allotment);
            TestDatabase.update("update disk_upgrade set state = 'APPLIED' where allotment_id = ?", allotment);
            browser.waitForText(".hc-disk-state", "normal");
            browser.until(d -> d.findElements(org.openqa.selenium.By.cssSelector("[id='disks:list:0:request']")).isEmpty() ? null : true);
            assertTrue(browser.text("#my-disks").contains("2 GiB"), browser.text("#my-disks"));
        } finally {
            TestDatabase.update("delete from disk_upgrade where allotment_id = ?", allotment);
            TestDatabase.update("delete from disk_allotment where id = ?", allotment);
        }
    }

    @Test
    void anAdminRejectsADiskRequestInTheOneApprovalQueueAndTheTenantIsTold() throws Exception {
        SharedCluster.ensure(base);
        String email = TestEnvironment.unique("declined") + "@example.com";
        String tenantName = TestEnvironment.unique("Declined");
        assertEquals(201, new PortalClient(base).signUp(tenantName, email, PASSWORD).status());
        long tenantId = TestDatabase.number("select tenant_id from user_account where email = ?", email);
        long nodeId = TestDatabase.number("select min(id) from node");
        TestDatabase.update("insert into disk_allotment (tenant_id, node_id, name, main_mib, created_at) "
                + "values (?, ?, ?, 1024, now(3))", tenantId, nodeId, "t" + tenantId + "-n" + nodeId);
        long allotment = TestDatabase.number("select id from disk_allotment where tenant_id = ?", tenantId);
        // the tenant asks as a script would; the request waits in the queue under one id
        var asked = new PortalClient(base).basic(email, PASSWORD)
                .post("api/v1/disk-upgrade-requests", "{\"allotmentId\":" + allotment + ",\"newMainDiskGiB\":3}");
        assertEquals(201, asked.status(), asked::toString);
        long approvalId = asked.json().getJsonNumber("id").longValue();
        assertEquals("disk", asked.json().getString("kind"));
        assertEquals("PENDING", asked.json().getString("state"));
        assertEquals(3072, asked.json().getInt("requested"));
        try {
            browser.logIn(TestEnvironment.adminEmail(), TestEnvironment.adminPassword(), "/ui/admin/nodes.xhtml");
            browser.open("ui/admin/approvals.xhtml");
            browser.waitForText("#approvals\\:list", tenantName);
            var row = browser.findAll("tr.hc-approval-disk").stream().filter(r -> r.getText().contains(tenantName))
                    .findFirst().orElseThrow();
            assertTrue(row.getText().contains("1 GiB → 3 GiB"), row.getText());
            row.findElement(org.openqa.selenium.By.cssSelector("button[id$=':reject']")).click();
            browser.click("#approvals\\:confirm-yes");
            browser.waitForText("#approvals\\:messages", "was declined");
            browser.screenshot("approvals-disk-rejected");
            assertEquals("REJECTED", TestDatabase.text("select state from approval where id = ?", approvalId));
            assertEquals("REJECTED", TestDatabase.text("select state from disk_upgrade where id = ?",
                    asked.json().getJsonNumber("subjectId").longValue()), "the disk request carries the decision");
            assertEquals(1024, TestDatabase.number("select main_mib from disk_allotment where id = ?", allotment));
            assertTrue(new PortalClient(base).basic(email, PASSWORD).get("api/v1/notifications").body()
                    .contains("declined the bigger main disk (3 GiB)"), "the tenant is told");
            assertError(admin().post("api/v1/admin/approvals/" + approvalId + "/approve", "{}"), 409, null, "approval.decided");
        } finally {
            TestDatabase.update("delete from approval where tenant_id = ?", tenantId);
            TestDatabase.update("delete from disk_upgrade where allotment_id = ?", allotment);
            TestDatabase.update("delete from usage_interval where tenant_id = ?", tenantId);
            TestDatabase.update("delete from disk_allotment where id = ?", allotment);
        }
    }

    @Test
    void aUserMakesATokenSeesItsSecretOnceAndRevokesIt() {
        String email = TestEnvironment.unique("scripter") + "@example.com";
        assertEquals(201, new PortalClient(base).signUp(TestEnvironment.unique("Scripter"), email, PASSWORD).status());
        browser.logIn(email, PASSWORD, "/ui/tenant/dashboard.xhtml");
        browser.click("#nav-tokens");
        browser.waitForPath("/ui/account/tokens.xhtml");
        browser.type("#tokens\\:name", "backup script");
        browser.click("#tokens\\:create");
        String secret = browser.find("#hc-token-secret").getAttribute("value");
        assertTrue(secret.matches("hc_[0-9a-f]{8}_[A-Za-z0-9_-]{43}"), secret);
        browser.waitForText("#tokens\\:list", "backup script");
        browser.screenshot("token-created");
        assertEquals(200, new PortalClient(base).bearer(secret).get("api/v1/me").status());
        // shown once: the page opened again lists the token by its prefix only
        browser.open("ui/account/tokens.xhtml");
        browser.waitForText("#tokens\\:list", secret.substring(0, 11) + "…");
        assertTrue(browser.findAll("#hc-token-secret").isEmpty(), "the secret is not shown again");
        assertFalse(browser.pageText().contains(secret));
        browser.click("button[id$=':revoke']");
        browser.click("#confirm-yes");
        browser.waitForText("#tokens\\:messages", "is revoked");
        assertError(new PortalClient(base).bearer(secret).get("api/v1/me"), 401, null, "token.invalid");
    }

    @Test
    void aTenantWhoOpensAnAdminPageGetsAFriendlyRefusal() {
        String email = TestEnvironment.unique("curious") + "@example.com";
        assertEquals(201, new PortalClient(base).signUp(TestEnvironment.unique("Curious"), email, PASSWORD).status());
        browser.logIn(email, PASSWORD, "/ui/tenant/dashboard.xhtml");
        browser.open("ui/admin/nodes.xhtml");
        String page = browser.text("#error");
        assertTrue(page.contains("not for your role"), page);
        assertFalse(browser.pageText().contains("Exception"), "no stack trace");
        browser.screenshot("tenant-on-admin-page");
    }

    @Test
    void aTenantRequestsNodesPicksTwoStartsOpensTheShellAndStops() throws Exception {
        SharedCluster.ensure(base);
        String email = TestEnvironment.unique("shell") + "@example.com";
        assertEquals(201, new PortalClient(base).signUp(TestEnvironment.unique("Shell Co"), email, PASSWORD).status());
        var api = new PortalClient(base).basic(email, PASSWORD);
        browser.logIn(email, PASSWORD, "/ui/tenant/dashboard.xhtml");

        browser.click("#to-request");
        browser.waitForPath("/ui/tenant/request.xhtml");
        browser.overwrite("#request\\:cpu_input", "6");
        browser.waitForText("#request\\:preview", "3 node(s)");
        browser.screenshot("request-live-count");
        browser.click("#request\\:submit");
        browser.waitForPath("/ui/tenant/dashboard.xhtml");
        browser.until(d -> d.findElements(org.openqa.selenium.By.cssSelector(".hc-node-card")).size() == 3 ? true : null);
        var mine = api.get("api/v1/nodes").array().stream().map(v -> v.asJsonObject()).toList();
        assertEquals(3, mine.size());
        browser.screenshot("dashboard-three-nodes");

        startFirstTwoNodes();
        browser.screenshot("environment-running");
        // P1.8: "Do not move" on a node's picture pins its container, and the picture says so
        browser.click(".hc-node-card:nth-of-type(1) .ui-toggleswitch");
        browser.waitForText(".hc-node-card:nth-of-type(1)", "pinned");
        browser.screenshot("container-pinned");
        var environment = api.get("api/v1/environment").json();
        assertTrue(environment.getJsonArray("containers").getJsonObject(0).getBoolean("pinned"), environment.toString());
        var running = environment.getJsonArray("containers").stream().map(v -> v.asJsonObject()).toList();
        assertEquals(List.of(mine.get(0).getJsonNumber("id").longValue(), mine.get(1).getJsonNumber("id").longValue()),
                running.stream().map(c -> c.getJsonNumber("nodeId").longValue()).toList(), "the ticked nodes run");
        for (var container : running) {
            var host = TestDatabase.text("select docker_host from node where id = ?", container.getJsonNumber("nodeId").longValue());
            assertTrue(new Engine(host).inspect(container.getString("containerId")).orElseThrow()
                    .getJsonObject("State").getBoolean("Running"), "the container runs on the chosen engine " + host);
        }
        String leader = mine.get(0).getString("name");

        browser.click("#environment\\:open-shell");
        browser.waitForPath("/ui/tenant/shell.xhtml");
        browser.until(d -> "open".equals(d.findElement(org.openqa.selenium.By.id("terminal")).getAttribute("data-state")) ? true : null);
        browser.waitForText("#terminal", "4 CPU, 8 GiB");
        assertTrue(browser.text("#terminal").contains(leader + " (leader)"), browser.text("#terminal"));
        browser.click("#terminal");
        browser.keys("#terminal .xterm-helper-textarea", "hostname\n");
        browser.until(d -> d.findElement(org.openqa.selenium.By.id("terminal")).getText().split(leader, -1).length >= 3 ? true : null);
        browser.screenshot("shell-hostname");

        browser.click("#back-to-dashboard");
        browser.waitForPath("/ui/tenant/dashboard.xhtml");
        stopEnvironment();
        assertEquals("STOPPED", api.get("api/v1/environment").json().getString("state"));
        for (var container : running) {
            var host = TestDatabase.text("select docker_host from node where id = ?", container.getJsonNumber("nodeId").longValue());
            assertFalse(new Engine(host).inspect(container.getString("containerId")).isPresent(), "removed from " + host);
        }
        browser.screenshot("environment-stopped");
    }

    @Test
    void aTenantIsBilledForItsNodesClosesItsAccountAndAnAccountantExportsTheMonth() throws Exception {
        SharedCluster.ensure(base);
        String email = TestEnvironment.unique("billed") + "@example.com";
        browser.signUp(TestEnvironment.unique("Billed Co"), email, PASSWORD);
        browser.waitForPath("/ui/tenant/dashboard.xhtml");
        PortalClient.verifyByAdmin(base, email); // as if the sign-up mail's link had been opened: it may request now
        assertTrue(browser.text("#hc-month-so-far").startsWith("₩"), browser.text("#hc-month-so-far"));

        // two nodes' worth of CPU: the count and the monthly estimate follow the typing
        browser.click("#to-request");
        browser.waitForPath("/ui/tenant/request.xhtml");
        browser.overwrite("#request\\:cpu_input", "4");
        browser.waitForText("#request\\:preview", "2 node(s)");
        assertTrue(browser.text("#hc-estimate").matches("₩[0-9,]+"), browser.text("#hc-estimate"));
        browser.screenshot("request-estimate");
        browser.click("#request\\:submit");
        browser.waitForPath("/ui/tenant/dashboard.xhtml");
        browser.until(d -> d.findElements(org.openqa.selenium.By.cssSelector(".hc-node-card")).size() == 2 ? true : null);
        assertTrue(browser.text("#hc-node-hour-cost").contains("₩"), browser.text("#hc-node-hour-cost"));

        startFirstTwoNodes();
        Thread.sleep(2000); // two seconds of two nodes: a few node-seconds to bill
        stopEnvironment();

        browser.click("#nav-billing");
        browser.waitForPath("/ui/tenant/billing.xhtml");
        assertFalse(browser.findAll("#hc-usage-lines [data-metric='node-hours']").isEmpty(), browser.text("#hc-usage-lines"));
        assertTrue(browser.text("#hc-usage-lines").contains("Node hours"), browser.text("#hc-usage-lines"));
        assertTrue(Long.parseLong(browser.text("#hc-usage-total").replaceAll("[^0-9]", "")) > 0, browser.text("#hc-usage-total"));
        browser.screenshot("billing-en");
        browser.click("#header\\:lang-ko");
        browser.waitForText("#hc-usage-lines", "노드 시간");
        browser.screenshot("billing-ko");

        browser.click("#hc-close-account");
        browser.click("#hc-close-confirm");
        browser.waitForText("#hc-final-invoice", "HC-", java.time.Duration.ofSeconds(60));
        var number = java.util.regex.Pattern.compile("HC-\\d{4}-\\d{6}").matcher(browser.text("#hc-invoices"));
        assertTrue(number.find(), browser.text("#hc-invoices"));
        browser.screenshot("billing-closed-ko");
        String pdfLink = browser.find("#hc-invoices a[id^='hc-invoice-pdf-']").getAttribute("href");
        var pdf = new PortalClient(base).basic(email, PASSWORD).get(pdfLink);
        assertEquals(200, pdf.status(), pdfLink);
        assertTrue(pdf.body().startsWith("%PDF"), "the final invoice " + number.group() + " is a PDF");

        String accountant = TestEnvironment.unique("accountant") + "@example.com";
        var created = new PortalClient(base).basic(TestEnvironment.adminEmail(), TestEnvironment.adminPassword())
                .post("api/v1/admin/users", jakarta.json.Json.createObjectBuilder().add("email", accountant)
                        .add("password", PASSWORD).add("role", "ACCOUNTANT").build().toString());
        assertEquals(201, created.status(), created.toString());
        browser.click("#header\\:logout");
        browser.waitForPath("/login.xhtml");
        browser.logIn(accountant, PASSWORD, "/ui/accounting/exports.xhtml");
        browser.screenshot("exports-ko");
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Seoul")).toString();
        var books = new PortalClient(base).basic(accountant, PASSWORD);
        for (String link : List.of("hc-export-csv", "hc-export-journal", "hc-export-ubl")) {
            String href = browser.find("#" + link).getAttribute("href");
            assertTrue(href.contains("month=" + month), href);
            var export = books.get(href);
            assertEquals(200, export.status(), link + ": " + export);
            assertFalse(export.body().isEmpty(), link + " is empty");
        }

        // the admin finds the invoice in the month's list and marks it paid, through the confirmation
        browser.click("#header\\:logout");
        browser.waitForPath("/login.xhtml");
        browser.logIn(TestEnvironment.adminEmail(), TestEnvironment.adminPassword(), "/ui/admin/nodes.xhtml");
        browser.open("ui/admin/billing.xhtml");
        browser.waitForText("#plans\\:list", "standard");
        browser.waitForText("#invoices\\:list", number.group());
        var row = browser.findAll("tr.hc-invoice-row").stream().filter(r -> r.getText().contains(number.group())).findFirst()
                .orElseThrow();
        row.findElement(org.openqa.selenium.By.cssSelector("button[id$=':paid']")).click();
        browser.click("#confirm-yes");
        // the list is drawn again by the answer: read it afresh until the row has no "mark paid" left
        browser.until(d -> {
            try {
                return d.findElements(org.openqa.selenium.By.cssSelector("tr.hc-invoice-row")).stream()
                        .filter(r -> r.getText().contains(number.group()) && r.findElements(
                                org.openqa.selenium.By.cssSelector("button[id$=':paid']")).isEmpty()).findFirst().orElse(null);
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return null;
            }
        });
        assertEquals("PAID", TestDatabase.text("select state from invoice where number = ?", number.group()));
        browser.screenshot("admin-billing");
    }

    @Test
    void anAdminPreviewsAndSavesAJobScheduleRunsAJobNowAndSeesTheDisksAndTheSpare() throws Exception {
        String diskWatch = "section[data-job='disk-watch'] ";
        String nodeHealth = "section[data-job='node-health'] ";
        String billingClose = "section[data-job='billing-close'] ";
        String tenantName = TestEnvironment.unique("Disk Admin View");
        String email = TestEnvironment.unique("diskview") + "@example.com";
        assertEquals(201, new PortalClient(base).signUp(tenantName, email, PASSWORD).status());
        long tenantId = TestDatabase.number("select tenant_id from user_account where email = ?", email);
        long nodeId = TestDatabase.number("select min(id) from node");
        String nodeName = TestDatabase.text("select name from node where id = ?", nodeId);
        TestDatabase.update("insert into disk_allotment (tenant_id, node_id, name, main_mib, redirected, created_at) "
                + "values (?, ?, ?, 1024, true, now(3))", tenantId, nodeId, "t" + tenantId + "-n" + nodeId);
        TestDatabase.update("insert into spare_election (period_key, node_id, average_load, elected_at) "
                + "values ('browser-jobs-test', ?, 0.125, now(3) + interval 1 day)", nodeId);
        try {
            browser.logIn(TestEnvironment.adminEmail(), TestEnvironment.adminPassword(), "/ui/admin/nodes.xhtml");
            browser.click("#nav-jobs");
            browser.waitForPath("/ui/admin/jobs.xhtml");
            assertEquals(8, browser.findAll("section[data-job]").size(), "one card per scheduled job");
            assertEquals("5/15 * * * * ?", browser.text("#schedule-disk-watch"));

            // a schedule that is no cron: the reason beside the field, no stack trace, nothing saved
            browser.click(diskWatch + "button[id$=':edit']");
            browser.type(diskWatch + "input[id$=':cron']", "every day");
            browser.click(diskWatch + "button[id$=':preview']");
            browser.waitForText(diskWatch + "[id$=':cron-error']", "not a Quartz cron expression");
            assertFalse(browser.pageText().contains("Exception"), "no stack trace");
            assertTrue(browser.findAll("#fires li").isEmpty(), "no fire times for a refused schedule");

            // the new schedule's next five fires are shown before it is saved
            browser.type(diskWatch + "input[id$=':cron']", "10/15 * * * * ?");
            browser.click(diskWatch + "button[id$=':preview']");
            browser.until(d -> d.findElements(org.openqa.selenium.By.cssSelector("#fires li")).size() == 5 ? true : null);
            for (var fire : browser.findAll("#fires li")) {
                assertTrue(fire.getText().matches(".*\\d{2}:\\d{2}:(10|25|40|55) UTC$"), fire.getText());
            }
            assertEquals("5/15 * * * * ?", TestDatabase.text("select coalesce((select cron from job_schedule where job = "
                    + "'disk-watch'), '5/15 * * * * ?')"), "a preview saves nothing");
            browser.screenshot("jobs-cron-preview");
            browser.click(diskWatch + "button[id$=':save']");
            browser.waitForText("#schedule-disk-watch", "10/15 * * * * ?");
            assertEquals("10/15 * * * * ?", TestDatabase.text("select cron from job_schedule where job = 'disk-watch'"));
            assertEquals("10/15 * * * * ?", admin().get("api/v1/admin/jobs").array().stream().map(v -> v.asJsonObject())
                    .filter(j -> "disk-watch".equals(j.getString("job"))).findFirst().orElseThrow().getString("cron"));

            // and back to the default, the same way
            browser.click(diskWatch + "button[id$=':edit']");
            browser.type(diskWatch + "input[id$=':cron']", "5/15 * * * * ?");
            browser.click(diskWatch + "button[id$=':preview']");
            browser.until(d -> d.findElements(org.openqa.selenium.By.cssSelector("#fires li")).size() == 5 ? true : null);
            browser.click(diskWatch + "button[id$=':save']");
            browser.waitForText("#schedule-disk-watch", "5/15 * * * * ?");

            // the billing close asks first; "No" runs nothing
            long billingRuns = TestDatabase.number("select count(*) from job_run where job = 'billing-close'");
            browser.click(billingClose + "button[id$=':run']");
            browser.waitForText(".ui-confirm-dialog-message", "Run the billing close now?");
            browser.click("#confirm-no");
            assertEquals(billingRuns, TestDatabase.number("select count(*) from job_run where job = 'billing-close'"));

            // Run now: the node health runs at once and its run heads the history, done
            long before = TestDatabase.number("select coalesce(max(id), 0) from job_run where job = 'node-health'");
            browser.click(nodeHealth + "button[id$=':run']");
            browser.until(d -> {
                try {
                    var first = d.findElement(org.openqa.selenium.By.cssSelector(nodeHealth + "tr.hc-run-row"));
                    return first.getText().contains("admin") && "DONE".equals(first.findElement(
                            org.openqa.selenium.By.cssSelector("[data-outcome]")).getAttribute("data-outcome")) ? true : null;
                } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException redrawn) {
                    return null;
                }
            }, java.time.Duration.ofSeconds(60));
            assertEquals("DONE", TestDatabase.text("select outcome from job_run where job = 'node-health' and id > ? "
                    + "and trigger_kind = 'admin' order by id desc limit 1", before));
            browser.screenshot("jobs-run-now");

            browser.setWidth(800, 900); // a small laptop window: the cards and their run tables reflow
            browser.open("ui/admin/jobs.xhtml");
            assertTrue(browser.text(nodeHealth).contains("Node health"));
            browser.screenshot("jobs-narrow");
            browser.setWidth(1280, 900);

            // every disk and its state: the redirected one needs a look
            browser.click("#nav-disks");
            browser.waitForPath("/ui/admin/disks.xhtml");
            browser.waitForText("#disks\\:list", tenantName);
            var row = browser.findAll("tr.hc-disk-row").stream().filter(r -> r.getText().contains(tenantName)).findFirst()
                    .orElseThrow();
            assertTrue(row.getText().contains(nodeName), row.getText());
            assertEquals("REDIRECTED", row.findElement(org.openqa.selenium.By.cssSelector("[data-state]"))
                    .getAttribute("data-state"));
            assertTrue(row.getText().contains("writing to the sub disk"), row.getText());
            browser.screenshot("admin-disks");

            // the spare, its period and load, and the tenants it joins
            browser.click("#nav-spare");
            browser.waitForPath("/ui/admin/spare.xhtml");
            assertEquals(nodeName, browser.text("#spare\\:node"));
            assertEquals("browser-jobs-test", browser.text("#spare\\:period"));
            assertEquals("12.5", browser.text("#spare\\:average-load"));
            browser.find("#spare\\:tenants");
            browser.screenshot("admin-spare");
        } finally {
            admin().put("api/v1/admin/jobs/disk-watch/schedule", "{\"cron\":\"5/15 * * * * ?\"}");
            TestDatabase.update("delete from spare_election where period_key = 'browser-jobs-test'");
            TestDatabase.update("delete from disk_allotment where tenant_id = ?", tenantId);
        }
    }

    /**
     * P4.1: the admin adds a template and uploads its image in the page (each node's import shows), and a
     * tenant picks it at start: the dashboard says what runs, and the engine runs that image.
     */
    @Test
    void anAdminUploadsATemplateInThePageATenantPicksItAtStartAndPowersItOffOnAndRebootsIt() throws Exception {
        SharedCluster.ensure(base);
        String name = TestEnvironment.unique("page-tpl");
        String image = "it/" + name + ":1";
        var tar = RootFsTar.busyboxFile();
        String email = TestEnvironment.unique("picker") + "@example.com";
        assertEquals(201, new PortalClient(base).signUp(TestEnvironment.unique("Picker Co"), email, PASSWORD).status());
        var api = new PortalClient(base).basic(email, PASSWORD);
        try {
            browser.logIn(TestEnvironment.adminEmail(), TestEnvironment.adminPassword(), "/ui/admin/nodes.xhtml");
            browser.click("#nav-templates");
            browser.waitForPath("/ui/admin/templates.xhtml");
            String limit = System.getenv().getOrDefault("HYPERCHAIN_TEMPLATES_MAXUPLOADMIB", "512") + " MiB";
            assertTrue(browser.text("#upload-card").contains(limit), () -> "the size limit is shown: " + browser.text("#upload-card"));
            browser.type("#template\\:name", name);
            browser.type("#template\\:image", image);
            browser.overwrite("#template\\:cpu_input", "1");
            browser.overwrite("#template\\:memoryGiB_input", "1");
            browser.type("#template\\:descriptionEn", "BusyBox made in a test");
            browser.type("#template\\:descriptionKo", "테스트에서 만든 BusyBox");
            browser.click("#template\\:save");
            browser.waitForText("#template", "added");
            browser.waitForText("#catalogue\\:list", name);
            browser.screenshot("template-added");

            // the new template is the one the upload is for; choosing the file uploads it
            browser.keys("#upload\\:image input[type=file]", tar.toString());
            browser.waitForText("#upload\\:messages", name, java.time.Duration.ofMinutes(1));
            browser.until(d -> d.findElements(org.openqa.selenium.By.cssSelector(".hc-image-IMPORTING")).isEmpty() ? true : null,
                    java.time.Duration.ofMinutes(2));
            var row = browser.find("#catalogue\\:list tr.hc-template-row:has(code.hc-template-image)");
            String table = browser.text("#catalogue\\:list");
            assertTrue(table.contains(image), table);
            assertTrue(row.isDisplayed());
            long templateId = TestDatabase.number("select id from template where name = ?", name);
            assertEquals("READY", TestDatabase.text("select state from template where id = ?", templateId));
            assertEquals(0, TestDatabase.number("select count(*) from template_image where template_id = ? and state <> 'READY'",
                    templateId), "every node in service imported it");
            browser.screenshot("template-uploaded");
            browser.click("#header\\:logout");
            browser.waitForPath("/login.xhtml");

            long nodeId = api.post("api/v1/resource-requests", TenantEnvironment.request(2, 4, 20, 8)).json()
                    .getJsonArray("nodes").getJsonObject(0).getJsonNumber("id").longValue();
            browser.logIn(email, PASSWORD, "/ui/tenant/dashboard.xhtml");
            pickTemplate(name, "BusyBox made in a test");
            browser.click(".hc-node-card:nth-of-type(1) .ui-chkbox-box");
            browser.click("#environment\\:start");
            browser.waitForText("#environment\\:messages", "runs on 1 node(s)", java.time.Duration.ofMinutes(2));
            browser.waitForText("#environment\\:running-template", name);
            browser.screenshot("dashboard-template");
            var environment = api.get("api/v1/environment").json();
            assertEquals(name, environment.getString("templateName"));
            var container = environment.getJsonArray("containers").getJsonObject(0);
            var host = TestDatabase.text("select docker_host from node where id = ?", nodeId);
            var engine = new Engine(host);
            String containerId = container.getString("containerId");
            assertEquals(image, engine.inspect(containerId).orElseThrow().getJsonObject("Config").getString("Image"));

            // P4.2 on the picture: off (asked first), on, reboot; the disk keeps its file through all three
            engine.exec(containerId, "sh", "-c", "echo kept > /data/kept.txt");
            browser.click(".hc-node-card .hc-power-poweroff");
            browser.click("#confirm-yes");
            browser.until(d -> running(engine, containerId) ? null : true, java.time.Duration.ofSeconds(30));
            browser.waitForText(".hc-node-card .hc-power-state", "off");
            browser.click(".hc-node-card .hc-power-poweron");
            browser.until(d -> running(engine, containerId) ? true : null, java.time.Duration.ofSeconds(30));
            String started = startedAt(engine, containerId);
            browser.until(d -> d.findElements(org.openqa.selenium.By.cssSelector(".hc-node-card .hc-power-reboot")).isEmpty() ? null : true);
            browser.click(".hc-node-card .hc-power-reboot");
            browser.until(d -> running(engine, containerId) && !started.equals(startedAt(engine, containerId)) ? true : null,
                    java.time.Duration.ofSeconds(60));
            assertEquals("kept", engine.exec(containerId, "cat", "/data/kept.txt").strip(), "the disk kept its file");
            browser.screenshot("dashboard-power");
            stopEnvironment();
        } finally {
            api.post("api/v1/environment/stop", "{}");
            api.delete("api/v1/resource-requests");
            java.nio.file.Files.deleteIfExists(tar);
        }
    }

    /**
     * Picks a template in the dashboard's menu and waits for its description. The menu is opened by a
     * click and must list the template; the item is then chosen through the menu's own widget, as its
     * click does: the overlay sometimes opened under the page's sticky header, where a click landed on
     * the header instead (seen twice in three runs).
     */
    private void pickTemplate(String name, String description) {
        browser.click("#environment\\:templateId");
        browser.until(d -> d.findElements(org.openqa.selenium.By.cssSelector(
                "#environment\\:templateId_panel li[data-label='" + name + "']")).isEmpty() ? null : true);
        browser.until(d -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "var label = arguments[0]; var menu = PrimeFaces.widgets['widget_environment_templateId'];"
                        + "menu.selectItem(menu.items.filter(function () { return this.getAttribute('data-label') === label; }).first());"
                        + "menu.hide(); return true;", name));
        browser.waitForText("#environment\\:template-description", description);
    }

    private static boolean running(Engine engine, String containerId) {
        try {
            return engine.inspect(containerId).orElseThrow().getJsonObject("State").getBoolean("Running");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String startedAt(Engine engine, String containerId) {
        try {
            return engine.inspect(containerId).orElseThrow().getJsonObject("State").getString("StartedAt");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anAdminDrainsAGroupOfTwoNodesWatchesBothAnswerAndActivatesThemAgain() throws Exception {
        SharedCluster.ensure(base);
        long first = TestDatabase.number("select id from node where name = 'shared-1'");
        long second = TestDatabase.number("select id from node where name = 'shared-2'");
        String name = TestEnvironment.unique("browser-group");
        var made = admin().post("api/v1/admin/groups", "{\"name\":\"" + name + "\"}");
        assertEquals(201, made.status(), made::toString);
        long groupId = made.json().getJsonNumber("id").longValue();
        var members = admin().put("api/v1/admin/groups/" + groupId + "/members", "{\"nodeIds\":[" + first + "," + second + "]}");
        assertEquals(200, members.status(), members::toString);
        String results = "#results\\:groupCommandResults";
        try {
            browser.logIn(TestEnvironment.adminEmail(), TestEnvironment.adminPassword(), "/ui/admin/nodes.xhtml");
            browser.click("#nav-groups");
            browser.waitForPath("/ui/admin/groups.xhtml");
            var row = "tr.hc-group-row:has([data-group='" + name + "'])";
            assertTrue(browser.text(row).contains("shared-1") && browser.text(row).contains("shared-2"), browser.text(row));
            browser.click(row + " button[id$=':pick']");
            browser.waitForText("#picked", "Group " + name);
            browser.screenshot("groups-picked");

            // drain asks first; "No" sends nothing
            browser.click("[data-command='drain'] button");
            browser.waitForText(".ui-confirm-dialog-message", "Drain the 2 node(s) of " + name);
            browser.click("#confirm-no");
            assertEquals(0, TestDatabase.number("select count(*) from group_command where group_id = ?", groupId));

            // "Yes": the answers appear per member as they come, without a reload
            browser.click("[data-command='drain'] button");
            browser.click("#confirm-yes");
            browser.waitForText(results, "Drain on " + name);
            browser.until(d -> d.findElements(org.openqa.selenium.By.cssSelector("[id='results:groupCommandResults'] "
                    + "tr.hc-result-row [data-state='OK']")).size() == 2 ? true : null, java.time.Duration.ofSeconds(60));
            assertEquals("true", browser.find("#group-command-progress").getAttribute("data-done"));
            for (String node : List.of("shared-1", "shared-2")) {
                var answer = browser.find(results + " tr.hc-result-row:has([data-node='" + node + "'])").getText();
                assertTrue(answer.contains("now DRAINING"), node + ": " + answer);
            }
            assertEquals("DRAINING", TestDatabase.text("select state from node where id = ?", first));
            assertEquals("DRAINING", TestDatabase.text("select state from node where id = ?", second));
            browser.screenshot("groups-drained");
            assertTrue(browser.findAll("[id='results:following']").isEmpty(), "the page stops asking once every node answered");

            // activate does not ask; the page follows it the same way
            browser.click("[data-command='activate'] button");
            browser.waitForText(results, "Activate on " + name);
            browser.until(d -> "true".equals(d.findElement(org.openqa.selenium.By.id("group-command-progress"))
                    .getAttribute("data-done")) ? true : null, java.time.Duration.ofSeconds(60));
            assertEquals(2, browser.findAll(results + " tr.hc-result-row [data-state='OK']").size(), browser.text(results));
            assertEquals("ACTIVE", TestDatabase.text("select state from node where id = ?", first));
            assertEquals("ACTIVE", TestDatabase.text("select state from node where id = ?", second));
            assertTrue(browser.text("#results\\:recent").contains(name), "both commands are listed under recent ones");

            browser.setWidth(800, 900); // a small laptop window: the tree and the answers reflow
            browser.open("ui/admin/groups.xhtml");
            assertTrue(browser.text("#tree\\:groups").contains(name));
            browser.screenshot("groups-narrow");
        } finally {
            // other tests place tenants on these nodes: active again whatever happened above
            admin().post("api/v1/admin/nodes/" + first + "/activate", "{}");
            admin().post("api/v1/admin/nodes/" + second + "/activate", "{}");
            admin().delete("api/v1/admin/groups/" + groupId);
        }
    }

    /**
     * Issue 15: a tenant with a running environment (one node) runs a command on the Tasks page, sees it run
     * on that node, reads its output, and kills it through the page's question; the row then says "killed".
     */
    @Test
    void aTenantRunsACommandOnTheTasksPageReadsItsOutputAndKillsIt() throws Exception {
        SharedCluster.ensure(base);
        SharedCluster.freeSeats();
        String email = TestEnvironment.unique("tasks") + "@example.com";
        assertEquals(201, new PortalClient(base).signUp(TestEnvironment.unique("Tasks Co"), email, PASSWORD).status());
        var api = new PortalClient(base).basic(email, PASSWORD);
        try {
            long nodeId = TenantEnvironment.ids(api.post("api/v1/resource-requests", TenantEnvironment.request(2, 4, 20, 8))).get(0);
            var environment = TenantEnvironment.start(api, TenantEnvironment.nodeIds(nodeId));
            assertEquals("RUNNING", environment.getJsonArray("containers").getJsonObject(0).getString("state"), environment::toString);
            String node = TestDatabase.text("select name from node where id = ?", nodeId);

            browser.logIn(email, PASSWORD, "/ui/tenant/dashboard.xhtml");
            browser.click("#environment\\:open-tasks");
            browser.waitForPath("/ui/tenant/tasks.xhtml");
            assertTrue(browser.text("#machine").startsWith("One machine: 1 node"), browser.text("#machine"));
            assertTrue(browser.text("#machine-box").contains(node), "the node's picture: " + browser.text("#machine-box"));

            // the words reach the command as typed: sh gets one argument after -c
            browser.type("#tasks\\:command", "sh -c 'echo hello-from-task; sleep 30'");
            browser.click("#tasks\\:run");
            browser.waitForText("#tasks\\:messages", "runs on " + node, java.time.Duration.ofSeconds(30));
            var started = java.util.regex.Pattern.compile("Task (\\d+) runs on").matcher(browser.text("#tasks\\:messages"));
            assertTrue(started.find(), browser.text("#tasks\\:messages"));
            long taskId = Long.parseLong(started.group(1));
            String row = "[id='list:tasks'] tr:has([data-task='" + taskId + "'])";
            browser.waitForText("#task-state-" + taskId, "running");
            assertTrue(browser.text(row).contains(node), browser.text(row));
            assertEquals(TestDatabase.number("select tenant_id from user_account where email = ?", email),
                    TestDatabase.number("select tenant_id from task where id = ?", taskId));
            // a laptop's width: the list wraps its long cells instead of scrolling sideways
            assertEquals(Boolean.TRUE, browser.until(d -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth;")));
            browser.screenshot("tasks-running");

            // the output as the node keeps it; asked again until the shell has written its line
            browser.click(row + " .task-output");
            browser.find("#output\\:refresh"); // the dialog is open
            browser.until(d -> {
                if (d.findElement(org.openqa.selenium.By.id("output-text")).getText().contains("hello-from-task")) {
                    return true;
                }
                browser.click("#output\\:refresh");
                return null;
            });
            browser.screenshot("tasks-output");
            browser.click("#output\\:close");
            browser.until(org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(
                    org.openqa.selenium.By.id("output-dialog")));

            // kill asks first, naming the task, its command and its node
            browser.click(row + " .task-kill");
            browser.waitForText("[id='kill:confirm'] .ui-confirm-dialog-message", "Kill task " + taskId);
            String question = browser.text("[id='kill:confirm'] .ui-confirm-dialog-message");
            assertTrue(question.contains("hello-from-task") && question.contains(node), question);
            browser.click("#kill\\:confirm-yes");
            browser.waitForText("#list\\:messages", "Task " + taskId + " was killed");
            browser.waitForText("#task-state-" + taskId, "killed");
            assertTrue(browser.findAll(row + " .task-kill").isEmpty(), "an ended task offers no Kill");
            assertEquals("KILLED", TestDatabase.text("select state from task where id = ?", taskId));
            browser.screenshot("tasks-killed");
        } finally {
            api.post("api/v1/environment/stop", "{}");
            api.delete("api/v1/resource-requests");
        }
    }

    /** Ticks the first two node pictures, starts, and waits until both containers run. */
    private void startFirstTwoNodes() {
        browser.click(".hc-node-card:nth-of-type(1) .ui-chkbox-box");
        browser.click(".hc-node-card:nth-of-type(2) .ui-chkbox-box");
        browser.click("#environment\\:start");
        // a first start on a node prepares its disk too: the page answers within 20 s and shows
        // each node as it comes up, without a reload
        browser.waitForText("#environment\\:messages", "2 node(s)", java.time.Duration.ofSeconds(40));
        browser.waitForText("#environment\\:messages", "runs on 2 node(s)", java.time.Duration.ofMinutes(2));
        browser.until(d -> d.findElements(org.openqa.selenium.By.cssSelector(".hc-state-STARTING")).isEmpty() ? true : null);
    }

    /** Stops the environment through its confirmation. */
    private void stopEnvironment() {
        browser.click("#environment\\:stop");
        browser.click("#confirm-yes");
        browser.waitForText("#environment\\:messages", "stopped");
    }
}
