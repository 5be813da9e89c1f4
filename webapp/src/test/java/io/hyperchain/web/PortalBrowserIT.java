package io.hyperchain.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The pages of issue 2 in headless Chromium: sign-up, login, Korean, the admin's node registry. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalBrowserIT {

    private static final String PASSWORD = "a long enough password";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL deployed;

    URI base;
    Browser browser;

    @BeforeEach
    void open() throws Exception {
        base = TestEnvironment.loopback(deployed);
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
        assertEquals(tenant, browser.text("#tenant-name"));
        assertEquals(email, browser.text("#user-email"));
        assertTrue(browser.text("#welcome").contains("Welcome"), browser.text("#welcome"));
        assertTrue(Long.parseLong(browser.text("#cluster-nodes")) >= 0);
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
    void anAdminRegistersANodeThroughTheFormAndSeesItsEngineAnswer() {
        String name = TestEnvironment.unique("browser-node");
        browser.logIn(TestEnvironment.adminEmail(), TestEnvironment.adminPassword(), "/ui/admin/nodes.xhtml");

        browser.type("#register\\:name", name);
        browser.type("#register\\:dockerHost", "tcp://127.0.0.99:2375");
        browser.click("#register\\:submit");
        browser.waitForText("#register", "No Docker engine answered");
        assertFalse(browser.text("#list\\:nodes").contains(name), "an unreachable engine registers nothing");
        browser.screenshot("nodes-unreachable");

        browser.type("#register\\:dockerHost", TestEnvironment.nodeHosts().get(4));
        browser.click("#register\\:submit");
        browser.waitForText("#list\\:nodes", name);
        var row = browser.find("#list\\:nodes tr.hc-node-row:has(.hc-node-name)");
        String table = browser.text("#list\\:nodes");
        assertTrue(table.contains(TestEnvironment.nodeHosts().get(4)), table);
        assertTrue(browser.text("#register").contains("registered"), browser.text("#register"));
        assertTrue(row.isDisplayed());
        browser.screenshot("nodes-registered");

        browser.setWidth(800, 900); // a small laptop window: the table reflows, nothing is cut off
        browser.open("ui/admin/nodes.xhtml");
        assertTrue(browser.text("#list\\:nodes").contains(name));
        browser.screenshot("nodes-narrow");
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
}
