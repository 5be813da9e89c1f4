package io.hyperchain.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Default deny for pages, read from web.xml as the servlet container reads it: every page of the WAR
 * is behind a security constraint (the most specific url-pattern decides) unless it is on the short
 * public list below — and the public pages stay reachable without a login.
 */
class PageAccessTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    /**
     * The pages anyone may open without logging in. Adding one here is a security decision: the
     * e-mail verification and password reset links are opened by people who may not be logged in
     * (the token in the link is their credential), and a forgotten password is asked for logged out.
     */
    private static final Set<String> PUBLIC = Set.of("/index.xhtml", "/login.xhtml", "/signup.xhtml", "/error.xhtml",
            "/verify.xhtml", "/forgot.xhtml", "/reset.xhtml");

    private static final Set<String> ANY_ROLE = Set.of("TENANT", "ADMIN", "ACCOUNTANT");

    /** One security-constraint: its url-patterns, and its roles (absent: no auth-constraint, open to all). */
    record Constraint(List<String> patterns, Optional<Set<String>> roles, boolean namesMethods) {
    }

    private static List<Constraint> constraints;

    @BeforeAll
    static void readWebXml() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var document = factory.newDocumentBuilder().parse(WEBAPP.resolve("WEB-INF/web.xml").toFile());
        constraints = new ArrayList<>();
        NodeList found = document.getElementsByTagName("security-constraint");
        for (int i = 0; i < found.getLength(); i++) {
            var constraint = (Element) found.item(i);
            NodeList auth = constraint.getElementsByTagName("auth-constraint");
            Optional<Set<String>> roles = auth.getLength() == 0 ? Optional.empty()
                    : Optional.of(Set.copyOf(texts((Element) auth.item(0), "role-name")));
            constraints.add(new Constraint(texts(constraint, "url-pattern"), roles,
                    !texts(constraint, "http-method").isEmpty() || !texts(constraint, "http-method-omission").isEmpty()));
        }
    }

    private static List<String> texts(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    /**
     * The roles that may open this URL: empty when no constraint applies or one of the constraints
     * of the winning pattern has no auth-constraint. The winning pattern is chosen as the Servlet
     * specification chooses it: an exact match, else the longest "/path/*", else "*.extension".
     */
    static Optional<Set<String>> rolesFor(String url) {
        var patterns = constraints.stream().flatMap(c -> c.patterns().stream()).collect(Collectors.toSet());
        Optional<String> winner = patterns.stream().filter(url::equals).findFirst()
                .or(() -> patterns.stream().filter(p -> p.endsWith("/*"))
                        .filter(p -> url.equals(p.substring(0, p.length() - 2)) || url.startsWith(p.substring(0, p.length() - 1)))
                        .max(Comparator.comparingInt(String::length)))
                .or(() -> patterns.stream().filter(p -> p.startsWith("*.") && url.endsWith(p.substring(1))).findFirst());
        if (winner.isEmpty()) {
            return Optional.empty();
        }
        var applying = constraints.stream().filter(c -> c.patterns().contains(winner.get())).toList();
        if (applying.stream().anyMatch(c -> c.roles().isEmpty())) {
            return Optional.empty(); // one constraint without an auth-constraint leaves the URL open
        }
        return Optional.of(applying.stream().flatMap(c -> c.roles().get().stream()).collect(Collectors.toCollection(TreeSet::new)));
    }

    private static List<String> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + WEBAPP.relativize(f).toString().replace('\\', '/'))
                    .filter(url -> !url.startsWith("/WEB-INF/")) // templates: never served
                    .sorted().toList();
        }
    }

    @Test
    void everyPageNeedsALoginUnlessItIsListedAsPublic() throws IOException {
        var open = pages().stream().filter(url -> !PUBLIC.contains(url)).filter(url -> rolesFor(url).isEmpty()).toList();
        assertTrue(open.isEmpty(), () -> "these pages are open to anyone: put them under /ui/<area>/ (web.xml protects "
                + "/ui/*) or, if they must be public, add them to PageAccessTest.PUBLIC: " + open);
    }

    @Test
    void everyPublicPageExistsAndNeedsNoLogin() throws IOException {
        var pages = pages();
        for (String url : PUBLIC) {
            assertTrue(pages.contains(url), () -> url + " is listed as public but is no page");
            assertEquals(Optional.empty(), rolesFor(url), () -> url + " must open without a login (the login page behind "
                    + "a login is a redirect loop)");
        }
    }

    @Test
    void aNewPageAnywhereUnderUiNeedsALogin() {
        assertEquals(Optional.of(ANY_ROLE), rolesFor("/ui/reports/new.xhtml").map(Set::copyOf));
        assertEquals(Optional.of(ANY_ROLE), rolesFor("/ui/new.xhtml").map(Set::copyOf));
    }

    @Test
    void eachAreaKeepsItsOwnRoles() {
        assertEquals(Optional.of(Set.of("TENANT")), rolesFor("/ui/tenant/dashboard.xhtml").map(Set::copyOf));
        assertEquals(Optional.of(Set.of("ADMIN")), rolesFor("/ui/admin/nodes.xhtml").map(Set::copyOf));
        assertEquals(Optional.of(Set.of("ACCOUNTANT", "ADMIN")), rolesFor("/ui/accounting/exports.xhtml").map(Set::copyOf));
        assertEquals(Optional.of(ANY_ROLE), rolesFor("/ui/account/password.xhtml").map(Set::copyOf));
    }

    /** The admin's pages: every function of the admin API has one (issue 14), and each is for admins only. */
    private static final Set<String> ADMIN_PAGES = Set.of("/ui/admin/overview.xhtml", "/ui/admin/nodes.xhtml",
            "/ui/admin/spare.xhtml", "/ui/admin/disks.xhtml", "/ui/admin/approvals.xhtml", "/ui/admin/jobs.xhtml",
            "/ui/admin/settings.xhtml", "/ui/admin/billing.xhtml", "/ui/admin/templates.xhtml", "/ui/admin/groups.xhtml");

    @Test
    void everyAdminPageIsForAdminsOnly() throws IOException {
        var found = pages().stream().filter(url -> url.startsWith("/ui/admin/")).collect(Collectors.toSet());
        assertEquals(ADMIN_PAGES, found, "a page added or removed under /ui/admin/: list it here");
        for (String url : ADMIN_PAGES) {
            assertEquals(Optional.of(Set.of("ADMIN")), rolesFor(url).map(Set::copyOf), url);
        }
    }

    @Test
    void whatChecksItsOwnCallersOrIsNoPageStaysOutsideTheConstraints() {
        // JSF and static resources, the REST API (AccessGuard), the shell's WebSocket handshake, MicroProfile Health,
        // the metrics (MetricsEndpoint answers 401 itself: a container constraint would send a scraper to the login page)
        for (String url : List.of("/jakarta.faces.resource/theme.css.xhtml", "/vendor/xterm/5.5.0/lib/xterm.js",
                "/resources/hyperchain-shell/shell.js", "/api/v1/me", "/api/v1/signup", "/shell", "/health", "/metrics", "/")) {
            assertEquals(Optional.empty(), rolesFor(url), url);
        }
    }

    @Test
    void noConstraintNamesHttpMethods() {
        // a constraint for GET and POST only would leave every other method of its pages open
        assertFalse(constraints.stream().anyMatch(Constraint::namesMethods), constraints::toString);
    }

    @Test
    void theRulesReadTheWayTheContainerReadsThem() {
        // sanity of rolesFor itself: exact beats prefix, the longest prefix wins, "/ui" itself is under "/ui/*"
        assertEquals(Optional.of(ANY_ROLE), rolesFor("/ui").map(Set::copyOf));
        assertEquals(Optional.empty(), rolesFor("/uix/page.xhtml"));
        assertEquals(Optional.of(Set.of("TENANT")), rolesFor("/ui/tenant").map(Set::copyOf));
    }
}
