package io.hyperchain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TokenIssuePolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final TokenIssuePolicy policy = TokenIssuePolicy.STANDARD;

    @Test
    void theFirstLinkGoesAtOnce() {
        assertEquals(Optional.empty(), policy.waitFor(List.of(), NOW));
    }

    @Test
    void oneLinkAMinute() {
        assertEquals(Optional.of(Duration.ofSeconds(45)), policy.waitFor(List.of(NOW.minusSeconds(15)), NOW));
        assertEquals(Optional.empty(), policy.waitFor(List.of(NOW.minusSeconds(60)), NOW), "a minute later it may go");
    }

    @Test
    void fiveLinksAnHour() {
        // five links, ten minutes apart: the sixth waits until the first is an hour old
        var sent = IntStream.range(0, 5).mapToObj(i -> NOW.minus(Duration.ofMinutes(50 - 10L * i))).toList();
        assertEquals(Optional.of(Duration.ofMinutes(10)), policy.waitFor(sent, NOW));
        assertEquals(Optional.empty(), policy.waitFor(sent, NOW.plus(Duration.ofMinutes(10))));
    }

    @Test
    void theLongerOfTheTwoWaitsHolds() {
        // five links within the last minute: a minute after the last is not enough, the hour of the first decides
        var sent = IntStream.range(0, 5).mapToObj(i -> NOW.minus(Duration.ofSeconds(59 - i))).toList();
        assertEquals(Optional.of(Duration.ofSeconds(3600 - 59)), policy.waitFor(sent, NOW));
    }

    @Test
    void linksOlderThanTheLookBackDoNotCount() {
        assertEquals(NOW.minus(Duration.ofHours(1)), policy.lookBackFrom(NOW));
        var sent = IntStream.range(0, 10).mapToObj(i -> NOW.minus(Duration.ofHours(2)).plusSeconds(i)).toList();
        assertEquals(Optional.empty(), policy.waitFor(sent, NOW));
    }
}
