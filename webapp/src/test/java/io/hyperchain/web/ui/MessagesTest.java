package io.hyperchain.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text of the pages is there in English and in Korean, and can be written with its figures. */
class MessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/io/hyperchain/web");

    private static final Path PAGES = Path.of("src/main/webapp");
    /** A text a page names outright: #{msg['tasks.title']} (not one it builds, as 'node.state.'.concat(...)). */
    private static final Pattern NAMED = Pattern.compile("msg\\['([^']+)'\\]");

    private static Properties bundle(String file) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> keys(String file) throws IOException {
        return new TreeSet<>(bundle(file).stringPropertyNames());
    }

    @Test
    void englishAndKoreanHaveTheSameKeys() throws IOException {
        var english = keys("messages.properties");
        var korean = keys("messages_ko.properties");
        var onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(korean);
        var onlyKorean = new TreeSet<>(korean);
        onlyKorean.removeAll(english);
        assertEquals(Set.of(), onlyEnglish, "missing in messages_ko.properties");
        assertEquals(Set.of(), onlyKorean, "missing in messages.properties");
    }

    /** A brace or a choice that MessageFormat cannot read fails only when the text is shown with its figures: here first. */
    @Test
    void everyTextIsAMessageFormat() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String file : List.of("messages.properties", "messages_ko.properties")) {
            var bundle = bundle(file);
            for (String key : bundle.stringPropertyNames()) {
                try {
                    new MessageFormat(bundle.getProperty(key));
                } catch (IllegalArgumentException e) {
                    broken.add(file + " " + key + ": " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyTextAPageNamesIsInTheBundle() throws IOException {
        var english = keys("messages.properties");
        var missing = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                NAMED.matcher(Files.readString(page)).results().map(m -> m.group(1)).filter(key -> !english.contains(key))
                        .forEach(key -> missing.add(PAGES.relativize(page) + ": " + key));
            }
        }
        assertEquals(Set.of(), missing);
    }
}
