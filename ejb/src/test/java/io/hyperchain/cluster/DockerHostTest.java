package io.hyperchain.cluster;

import io.hyperchain.docker.DockerHost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DockerHostTest {

    private static void assertInvalid(String code, String input) {
        var e = assertThrows(DomainException.class, () -> new DockerHost(input));
        assertEquals(Problem.INVALID, e.problem());
        assertEquals(code, e.code());
        assertEquals("dockerHost", e.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "tcp://10.0.0.5:2376", "tcp://node1.example.com:2375", "tcp://[::1]:2376", "tcp://h:1", "tcp://h:65535",
        "unix:///var/run/docker.sock", "unix:///"
    })
    void tcpHostPortAndUnixSocketPathsAreAccepted(String input) {
        assertEquals(input, new DockerHost(input).value());
    }

    @Test
    void surroundingWhitespaceIsStripped() {
        var host = new DockerHost("  tcp://10.0.0.5:2376\n");
        assertEquals("tcp://10.0.0.5:2376", host.value());
        assertEquals("tcp://10.0.0.5:2376", host.toString());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void nothingIsMissing(String input) {
        assertInvalid("dockerHost.missing", input);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.5:2376", "https://10.0.0.5:2376", "ssh://user@host", "localhost:2375",
        "/var/run/docker.sock", "10.0.0.5"})
    void otherSchemesOrNoSchemeAreRejected(String input) {
        assertInvalid("dockerHost.scheme", input);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp://10.0.0.5", "tcp://10.0.0.5:0", "tcp://10.0.0.5:65536", "tcp://:2376",
        "tcp://10.0.0.5:2376/", "tcp://10.0.0.5:2376/v1.43", "tcp://10.0.0.5:2376?tls=1"})
    void tcpWithoutHostAndPortOnlyIsMalformed(String input) {
        assertInvalid("dockerHost.malformed", input);
    }

    @ParameterizedTest
    @ValueSource(strings = {"unix://host/var/run/docker.sock", "unix:docker.sock", "unix://"})
    void unixWithoutAnAbsolutePathOrWithAHostIsMalformed(String input) {
        assertInvalid("dockerHost.malformed", input);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp://exa mple:2376", "tcp://10.0.0.5:23 76", "tcp://[::1:2376"})
    void unparseableUrlIsMalformed(String input) {
        assertInvalid("dockerHost.malformed", input);
    }

    @Test
    void unparseableUrlMessageQuotesTheInput() {
        var e = assertThrows(DomainException.class, () -> new DockerHost("tcp://exa mple:2376"));
        assertEquals("This is not a URL: tcp://exa mple:2376", e.getMessage());
    }
}
