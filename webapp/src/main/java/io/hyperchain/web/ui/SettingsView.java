package io.hyperchain.web.ui;

import io.hyperchain.settings.PortalSettings;
import io.hyperchain.settings.SettingKey;
import io.hyperchain.shared.DomainException;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The admin's settings page: the base resource one node gives one tenant, and the load threshold. */
@Named
@ViewScoped
public class SettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @Inject
    PortalSettings settings;

    @Inject
    PageMessages messages;

    private final Map<SettingKey, Integer> values = new EnumMap<>(SettingKey.class);

    @PostConstruct
    void init() {
        caller.require(Role.ADMIN);
        values.putAll(settings.all());
    }

    public void save() {
        Map<String, Integer> changes = new LinkedHashMap<>();
        values.forEach((key, value) -> changes.put(key.field(), value));
        try {
            values.putAll(settings.change(changes, caller.profile().email()));
            messages.info("settings.saved");
        } catch (DomainException e) {
            messages.refused("settings", e);
        }
    }

    /** The values by field name, bound by the page: #{settingsView.values['baseCpu']}. */
    public Map<String, Integer> getValues() {
        return new FieldMap();
    }

    /** A live view keyed by field name over the enum map, so the page can read and write it. */
    private final class FieldMap extends java.util.AbstractMap<String, Integer> {

        @Override
        public Integer get(Object field) {
            return SettingKey.byField((String) field).map(values::get).orElse(null);
        }

        @Override
        public Integer put(String field, Integer value) {
            var key = SettingKey.byField(field).orElseThrow();
            return values.put(key, value);
        }

        @Override
        public java.util.Set<Entry<String, Integer>> entrySet() {
            var entries = new LinkedHashMap<String, Integer>();
            values.forEach((key, value) -> entries.put(key.field(), value));
            return entries.entrySet();
        }
    }
}
