package io.hyperchain.tenant;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a login try comes from, as the throttle keys it: the client's IP address as the
 * connection shows it (never a forwarded-for header, which anyone can write). An IPv6 address
 * counts by its /64 network, since one host is usually given a whole /64 and could otherwise
 * switch address for every try; an IPv4-mapped IPv6 address counts as the IPv4 address.
 */
public record LoginSource(String value) {

    /** The column's width; the longest key this makes ("ffff:ffff:ffff:ffff::/64") is far shorter. */
    static final int MAX_LENGTH = 64;
    /** Only text shaped like an IPv6 literal goes to InetAddress, so it never turns into a DNS lookup. */
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:][0-9a-f:.]*:[0-9a-f:.]*");

    public LoginSource {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a login source is 1 to " + MAX_LENGTH + " characters");
        }
    }

    /** The source of a request from this remote address (as {@code ServletRequest.getRemoteAddr()} gives it). */
    public static LoginSource of(String remoteAddress) {
        String address = remoteAddress == null ? "" : remoteAddress.strip().toLowerCase(Locale.ROOT);
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        int zone = address.indexOf('%');
        if (zone >= 0) {
            address = address.substring(0, zone);
        }
        if (address.isEmpty()) {
            return new LoginSource("unknown");
        }
        if (IPV6.matcher(address).matches()) {
            try {
                return ofAddress(InetAddress.getByName(address));
            } catch (UnknownHostException e) {
                // not a valid literal after all: keep the text as given
            }
        }
        // an IPv4 address as the connection gives it, or whatever else the container handed over
        return new LoginSource(address.length() <= MAX_LENGTH ? address : address.substring(0, MAX_LENGTH));
    }

    private static LoginSource ofAddress(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return new LoginSource(address.getHostAddress());
        }
        byte[] bytes = address.getAddress();
        var network = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
        }
        return new LoginSource(network.append(":/64").toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
