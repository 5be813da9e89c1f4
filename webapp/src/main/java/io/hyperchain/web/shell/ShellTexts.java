package io.hyperchain.web.shell;

import io.hyperchain.environment.ShellTarget;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * What the portal itself writes into the terminal, in the reader's language: the same bundle and
 * the same choice as the pages (the {@code hc-lang} cookie, else the browser's preference).
 */
final class ShellTexts {

    static final String BUNDLE = "io.hyperchain.web.messages";
    static final String LANGUAGE_COOKIE = "hc-lang";

    private final ResourceBundle bundle;

    private ShellTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static ShellTexts in(Locale locale) {
        boolean korean = locale != null && "ko".equals(locale.getLanguage());
        // no fallback to the JVM's default locale: English is the base bundle
        return new ShellTexts(ResourceBundle.getBundle(BUNDLE, korean ? Locale.KOREAN : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The reader's language from the handshake's headers, as the pages choose it. */
    static Locale languageOf(Map<String, List<String>> headers) {
        for (String cookies : Headers.all(headers, "Cookie")) {
            for (String cookie : cookies.split(";")) {
                int equals = cookie.indexOf('=');
                if (equals > 0 && LANGUAGE_COOKIE.equals(cookie.substring(0, equals).strip())) {
                    return "ko".equals(cookie.substring(equals + 1).strip()) ? Locale.KOREAN : Locale.ENGLISH;
                }
            }
        }
        String accept = Headers.first(headers, "Accept-Language");
        if (accept != null) {
            try {
                // the browser's first choice only, as request.getLocale() gives it to the pages
                var ranges = Locale.LanguageRange.parse(accept);
                String first = ranges.isEmpty() ? "" : ranges.get(0).getRange();
                if (first.equals("ko") || first.startsWith("ko-")) {
                    return Locale.KOREAN;
                }
            } catch (IllegalArgumentException e) {
                // a malformed header: English
            }
        }
        return Locale.ENGLISH;
    }

    String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    /** "HyperChain environment: node-1 (leader), node-2 — 4 CPU, 8 GiB" */
    String banner(ShellTarget target) {
        List<String> nodes = new ArrayList<>(target.nodeNames().size());
        for (int i = 0; i < target.nodeNames().size(); i++) {
            String name = target.nodeNames().get(i);
            nodes.add(i == 0 ? text("shell.banner.leader", name) : name);
        }
        return text("shell.banner", String.join(", ", nodes), target.totalCpu(), target.totalMemoryGiB());
    }
}
