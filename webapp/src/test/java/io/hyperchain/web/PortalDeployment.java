package io.hyperchain.web;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The very WAR that `mvn package` built: the tests deploy what users get. */
public final class PortalDeployment {

    private PortalDeployment() {
    }

    public static WebArchive war() {
        var war = new File(System.getProperty("hyperchain.war", "target/hyperchain.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
