package io.hyperchain.web.ui;

import io.hyperchain.settings.PortalSettings;
import io.hyperchain.settings.SettingKey;
import io.hyperchain.settings.SettingValues;
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
import java.util.List;
import java.util.Map;

/** The admin's settings page: the base resource, the load threshold and window, the spare (its threshold and period) and the monthly adjustment. */
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

    private final Map<SettingKey, Integer> numbers = new EnumMap<>(SettingKey.class);
    private final Map<String, String> choices = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        caller.require(Role.ADMIN);
        show(settings.all());
    }

    public void save() {
        Map<String, String> changes = new LinkedHashMap<>();
        numbers.forEach((key, value) -> changes.put(key.field(), value == null ? null : value.toString()));
        changes.putAll(choices);
        try {
            show(settings.change(changes, caller.profile().email()));
            messages.info("settings.saved");
        } catch (DomainException e) {
            messages.refused("settings", e);
        }
    }

    private void show(SettingValues stored) {
        stored.asMap().forEach((key, value) -> {
            if (key.isChoice()) {
                choices.put(key.field(), value);
            } else {
                numbers.put(key, Integer.valueOf(value));
            }
        });
    }

    /** The number settings by field name, bound by the page: #{settingsView.values['baseCpu']}. */
    public Map<String, Integer> getValues() {
        return new FieldMap();
    }

    /** The choice settings by field name, bound by the page: #{settingsView.choices['adjustAveraging']}. */
    public Map<String, String> getChoices() {
        return choices;
    }

    /** The names a choice setting takes, for its options: #{settingsView.choicesOf('adjustAveraging')}. */
    public List<String> choicesOf(String field) {
        return SettingKey.byField(field).map(SettingKey::choices).orElse(List.of());
    }

    /** A live view keyed by field name over the enum map, so the page can read and write it. */
    private final class FieldMap extends java.util.AbstractMap<String, Integer> {

        @Override
        public Integer get(Object field) {
            return SettingKey.byField((String) field).map(numbers::get).orElse(null);
        }

        @Override
        public Integer put(String field, Integer value) {
            var key = SettingKey.byField(field).orElseThrow();
            return numbers.put(key, value);
        }

        @Override
        public java.util.Set<Entry<String, Integer>> entrySet() {
            var entries = new LinkedHashMap<String, Integer>();
            numbers.forEach((key, value) -> entries.put(key.field(), value));
            return entries.entrySet();
        }
    }
}
