package io.hyperchain.web.shell;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.logging.Logger;

/**
 * Makes sure {@code /shell} is served. With the Faces websocket endpoint on (live pages, P4.5),
 * Payara's WebSocket scan left the annotated {@link ShellEndpoint} out of a deployment under a
 * context path (seen with Arquillian's {@code /hyperchain}; at the root it was there): registered
 * here too, it is there either way, and where the scan already has it the second registration is
 * refused and nothing changes.
 */
@WebListener
public class ShellRegistration implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ShellRegistration.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (!(event.getServletContext().getAttribute(ServerContainer.class.getName()) instanceof ServerContainer container)) {
            LOG.warning("no WebSocket container: the browser shell is not served");
            return;
        }
        try {
            container.addEndpoint(ServerEndpointConfig.Builder.create(ShellEndpoint.class, "/shell")
                    .configurator(new ShellHandshake()).build());
        } catch (DeploymentException | IllegalStateException alreadyServed) {
            LOG.fine(() -> "/shell is served already: " + alreadyServed.getMessage());
        }
    }
}
