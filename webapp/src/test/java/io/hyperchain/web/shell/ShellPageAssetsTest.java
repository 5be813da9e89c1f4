package io.hyperchain.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shell page's terminal files are kept in the WAR (src/main/webapp/vendor), not in a dependency:
 * a version bump that moves or misspells one of them breaks the page only in a browser, so check here.
 */
class ShellPageAssetsTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern OWN_FILE = Pattern.compile("(?:href|src)=\"#\\{request\\.contextPath}/([^\"]+)\"");

    @Test
    void everyFileTheShellPageLoadsIsInTheWar() throws IOException {
        String page = Files.readString(WEBAPP.resolve("ui/tenant/shell.xhtml"));
        List<String> files = OWN_FILE.matcher(page).results().map(m -> m.group(1)).toList();
        assertEquals(3, files.size(), "xterm.css, xterm.js and the fit addon: " + files);
        for (String file : files) {
            Path path = WEBAPP.resolve(file);
            assertTrue(Files.isRegularFile(path) && Files.size(path) > 0, "missing or empty: " + path);
            // vendor/<package>/<version>/{lib,css}/<file>: the package's licence sits in <version>/
            assertTrue(Files.isRegularFile(path.getParent().getParent().resolve("LICENSE")), "no LICENSE for " + path);
        }
    }
}
