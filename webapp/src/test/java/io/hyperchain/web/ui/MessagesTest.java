package io.hyperchain.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every text of the pages is there in English and in Korean. */
class MessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/io/hyperchain/web");

    private static Set<String> keys(String file) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
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
}
