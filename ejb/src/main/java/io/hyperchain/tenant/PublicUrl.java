package io.hyperchain.tenant;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where people reach the portal from outside ({@code HYPERCHAIN_PUBLIC_URL}): the start of every
 * link the portal mails. An absolute http or https URL, kept without a trailing slash; a query or
 * fragment has no place in it.
 */
public record PublicUrl(String value) {

    public static final String DEFAULT = "http://localhost:8080";

    public PublicUrl {
        String text = value == null ? "" : value.strip();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("HYPERCHAIN_PUBLIC_URL is not a URL: " + value, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "HYPERCHAIN_PUBLIC_URL must be an http(s) URL like https://portal.example.com, not " + value);
        }
        value = text;
    }

    /** The page at this path below the portal's root, with the token as its one parameter. */
    public String link(String page, OneTimeToken token) {
        return value + "/" + page + "?token=" + token.value();
    }
}
