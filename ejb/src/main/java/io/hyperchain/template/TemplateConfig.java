package io.hyperchain.template;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Installation facts of the template catalogue, from MicroProfile Config (environment variables win). */
@ApplicationScoped
public class TemplateConfig {

    private static final long MIB = 1024L * 1024;

    /** The largest image tarball an admin may upload (HYPERCHAIN_TEMPLATES_MAXUPLOADMIB). */
    @Inject
    @ConfigProperty(name = "hyperchain.templates.maxUploadMiB", defaultValue = "512")
    long maxUploadMiB;

    public long maxUploadMiB() {
        return Math.max(1, maxUploadMiB);
    }

    public long maxUploadBytes() {
        return maxUploadMiB() * MIB;
    }

    /** Where an upload waits while the engines import it: this instance's temporary directory. */
    public Path spoolDirectory() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }
}
