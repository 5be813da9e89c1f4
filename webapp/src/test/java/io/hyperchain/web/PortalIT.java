package io.hyperchain.web;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real WAR in Payara Micro, called from outside as people and scripts call it: each subclass
 * is one deployment, and {@link #base} the portal's address on the loopback.
 */
@ExtendWith({FreshMicroRoot.class, ArquillianExtension.class})
@RunAsClient
abstract class PortalIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL deployed;

    URI base;

    @BeforeEach
    void locate() {
        base = TestEnvironment.loopback(deployed);
    }

    private PortalClient admin;

    /**
     * The admin as a script that keeps its session: Basic on every call, but only the first is a
     * login (600,000 rounds of PBKDF2); the rest ride on the session cookie, one per test.
     */
    PortalClient admin() {
        if (admin == null) {
            admin = new PortalClient(base).basic(TestEnvironment.adminEmail(), TestEnvironment.adminPassword());
        }
        return admin;
    }
}
