package io.hyperchain.settings;

import io.hyperchain.placement.BaseAllotment;
import io.hyperchain.shared.AuditLog;
import io.hyperchain.shared.DomainException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The admin's settings, read from the database on every use so all portal instances agree. */
@Stateless
public class PortalSettings {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Every setting by its field name, in the order of {@link SettingKey}. */
    public Map<SettingKey, Integer> all() {
        Map<SettingKey, Integer> values = new EnumMap<>(SettingKey.class);
        @SuppressWarnings("unchecked")
        var rows = (java.util.List<Object[]>) em.createNativeQuery("select name, value from setting").getResultList();
        for (Object[] row : rows) {
            SettingKey.byField((String) row[0]).ifPresent(key -> values.put(key, Integer.valueOf((String) row[1])));
        }
        return values;
    }

    public BaseAllotment baseAllotment() {
        return baseAllotment(all());
    }

    public static BaseAllotment baseAllotment(Map<SettingKey, Integer> values) {
        return new BaseAllotment(values.get(SettingKey.BASE_CPU), values.get(SettingKey.BASE_MEMORY_GIB),
                values.get(SettingKey.BASE_DISK_GIB));
    }

    /** The load threshold as a share of capacity, 0..1. */
    public static double loadThreshold(Map<SettingKey, Integer> values) {
        return values.get(SettingKey.LOAD_THRESHOLD_PERCENT) / 100.0;
    }

    /**
     * Changes the given settings, all or none: every name and value is checked before anything is
     * written. Returns the settings as they are afterwards.
     */
    public Map<SettingKey, Integer> change(Map<String, Integer> changes, String actor) {
        Map<SettingKey, Integer> checked = new LinkedHashMap<>();
        changes.forEach((field, value) -> {
            SettingKey key = SettingKey.byField(field).orElseThrow(() ->
                    DomainException.invalid(field, "setting.unknown", "There is no setting called " + field + "."));
            if (value == null || value < key.min() || value > key.max()) {
                throw DomainException.invalid(field, field + ".range",
                        field + " must be between " + key.min() + " and " + key.max() + ".");
            }
            checked.put(key, value);
        });
        var now = Timestamp.from(Instant.now(clock));
        checked.forEach((key, value) -> em.createNativeQuery(
                        "insert into setting (name, value, updated_at) values (?1, ?2, ?3) "
                                + "on duplicate key update value = ?2, updated_at = ?3")
                .setParameter(1, key.field()).setParameter(2, value.toString()).setParameter(3, now)
                .executeUpdate());
        if (!checked.isEmpty()) {
            audit.record(actor, "settings.change", checked.toString());
        }
        return all();
    }
}
