package io.hyperchain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LoginSourceTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.2", "203.0.113.10"})
    void ipv4AddressIsTheSourceAsGiven(String address) {
        assertEquals(address, LoginSource.of(address).value());
    }

    @ParameterizedTest
    @CsvSource({
            "2001:db8:1:2:3:4:5:6, 2001:db8:1:2::/64",
            "2001:DB8:1:2::ffff, 2001:db8:1:2::/64",
            "[2001:db8:1:2::1], 2001:db8:1:2::/64",
            "fe80::1%eth0, fe80:0:0:0::/64",
            "::1, 0:0:0:0::/64"})
    void ipv6AddressCountsByItsSlash64Network(String address, String source) {
        assertEquals(source, LoginSource.of(address).value());
    }

    @Test
    void ipv4MappedIpv6AddressIsTheIpv4Address() {
        assertEquals("198.51.100.7", LoginSource.of("::ffff:198.51.100.7").value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void missingAddressIsOneUnknownSource(String address) {
        assertEquals("unknown", LoginSource.of(address).value());
    }

    @Test
    void anythingElseIsKeptAsTextWithinTheColumnWidth() {
        assertEquals("abc:xyz", LoginSource.of("abc:xyz").value());
        assertEquals(64, LoginSource.of("h".repeat(300)).value().length());
    }

    @Test
    void sourceIsOneToSixtyFourCharacters() {
        assertThrows(IllegalArgumentException.class, () -> new LoginSource(""));
        assertThrows(IllegalArgumentException.class, () -> new LoginSource("x".repeat(65)));
    }
}
