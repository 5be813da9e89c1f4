package io.hyperchain.web;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Empties Payara Micro's root dir before Arquillian starts Micro for the next test class. The root
 * dir remembers the last deployment in its domain.xml and Micro deploys that remembered copy at
 * boot before the one it is given: every class after the first paid for two deployments.
 * Registered before {@code ArquillianExtension}, so it runs first.
 */
public final class FreshMicroRoot implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        Path root = Path.of(System.getProperty("hyperchain.microRoot", "target/micro-root"));
        Directories.deleteTree(root);
        if (Files.exists(root.resolve("config/domain.xml"))) {
            throw new IllegalStateException("could not empty " + root + ": Payara Micro would deploy its old copy too");
        }
    }
}
