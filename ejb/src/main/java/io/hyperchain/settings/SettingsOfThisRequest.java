package io.hyperchain.settings;

import jakarta.enterprise.context.RequestScoped;

/**
 * The settings as one request read them, kept for the rest of it: a request reads the setting table
 * once, however many services ask, and the next request reads it again, so every instance sees a
 * change from its next request on.
 */
@RequestScoped
public class SettingsOfThisRequest {

    private SettingValues values;

    SettingValues values() {
        return values;
    }

    void keep(SettingValues read) {
        values = read;
    }

    void forget() {
        values = null;
    }
}
