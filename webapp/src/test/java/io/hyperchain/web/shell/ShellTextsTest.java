package io.hyperchain.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hyperchain.docker.DockerHost;
import io.hyperchain.environment.ShellTarget;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShellTextsTest {

    private static final ShellTarget TWO_NODES = new ShellTarget(new DockerHost("tcp://127.0.0.11:2375"),
            "f098bd166b6f", List.of("node-1", "node-2"), 4, 8);

    @Test
    void theBannerNamesTheLeaderFirstAndTheWholeEnvironment() {
        assertEquals("HyperChain environment: node-1 (leader), node-2 — 4 CPU, 8 GiB · hc help: run work on all of them",
                ShellTexts.in(Locale.ENGLISH).banner(TWO_NODES));
    }

    @Test
    void theBannerIsInKoreanForAKoreanReader() {
        assertEquals("HyperChain 환경: node-1 (리더), node-2 — CPU 4코어, 메모리 8 GiB · hc help: 모든 노드에서 작업 실행",
                ShellTexts.in(Locale.KOREAN).banner(TWO_NODES));
    }

    @Test
    void anyOtherLanguageReadsEnglish() {
        assertEquals("HyperChain environment: node-1 (leader), node-2 — 4 CPU, 8 GiB · hc help: run work on all of them",
                ShellTexts.in(Locale.GERMAN).banner(TWO_NODES));
        assertEquals(ShellTexts.in(Locale.ENGLISH).text("shell.noEnvironment"),
                ShellTexts.in(null).text("shell.noEnvironment"));
    }

    @Test
    void theLanguageCookieDecidesWhateverTheBrowserPrefers() {
        assertEquals(Locale.KOREAN, ShellTexts.languageOf(Map.of(
                "cookie", List.of("JSESSIONID=abc; hc-lang=ko"), "Accept-Language", List.of("en-US,en"))));
        assertEquals(Locale.ENGLISH, ShellTexts.languageOf(Map.of(
                "Cookie", List.of("hc-lang=en"), "accept-language", List.of("ko-KR,ko"))));
    }

    @Test
    void withoutTheCookieTheBrowsersPreferenceDecides() {
        assertEquals(Locale.KOREAN, ShellTexts.languageOf(Map.of("Accept-Language", List.of("ko-KR,ko;q=0.9,en;q=0.8"))));
        assertEquals(Locale.ENGLISH, ShellTexts.languageOf(Map.of("Accept-Language", List.of("fr-FR,ko;q=0.5"))));
        assertEquals(Locale.ENGLISH, ShellTexts.languageOf(Map.of("Accept-Language", List.of("kok-IN"))));
        assertEquals(Locale.ENGLISH, ShellTexts.languageOf(Map.of("Accept-Language", List.of(";;;=garbage"))));
        assertEquals(Locale.ENGLISH, ShellTexts.languageOf(Map.of()));
    }
}
