package io.hyperchain.web.live;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** A live event's title in a language, from the pages' own messages ("live." + topic). */
final class LiveTitles {

    private static final String BUNDLE = "io.hyperchain.web.messages";

    private LiveTitles() {
    }

    static String of(String topic, Locale locale) {
        var bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        String key = topic.startsWith("notice.") ? "live.notice" : "live." + topic;
        try {
            return bundle.getString(key);
        } catch (MissingResourceException unknown) {
            return topic;
        }
    }

    /** Routine news refreshes open pages without a toast: a sampling run finishes every minute. */
    static boolean quiet(String topic) {
        return "job.done".equals(topic);
    }
}
