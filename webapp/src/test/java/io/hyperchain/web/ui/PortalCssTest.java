package io.hyperchain.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The portal's style sheet closes every rule it opens. A rule left open swallows every rule after it
 * without a word from the browser: the groups and tasks pages lost their layout that way once.
 */
class PortalCssTest {

    @Test
    void everyRuleIsClosedAndOnlyMediaQueriesNest() throws Exception {
        String css;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/hyperchain/portal.css")) {
            assertNotNull(in, "portal.css is on the class path (the themes jar)");
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        int depth = 0;
        boolean inMedia = false;
        int line = 1;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                String selector = css.substring(css.lastIndexOf('}', i) + 1, i).strip();
                if (selector.startsWith("@media") || selector.contains("@media")) {
                    inMedia = true;
                }
                depth++;
                assertTrue(depth <= (inMedia ? 2 : 1), "a rule opened inside another at line " + line + ": " + selector);
            } else if (c == '}') {
                depth--;
                assertTrue(depth >= 0, "a brace closes nothing at line " + line);
                if (depth == 0) {
                    inMedia = false;
                }
            }
        }
        assertEquals(0, depth, "rules left open at the end");
    }
}
