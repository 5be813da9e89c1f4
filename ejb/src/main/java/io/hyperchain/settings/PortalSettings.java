package io.hyperchain.settings;

import io.hyperchain.placement.BaseAllotment;
import io.hyperchain.shared.AuditLog;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.ReadInThisRequest;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The admin's settings, read from the database once per request (HTTP request, EJB call or job run:
 * whatever CDI request context is active) so all portal instances agree from their next request
 * on; without a request context, on every use.
 */
@Stateless
public class PortalSettings {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    ReadInThisRequest thisRequest;

    /**
     * Every setting, as stored (as this request first read them); a stored value the code no longer
     * knows is left out. One query, run without a transaction of its own when the caller has none.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SettingValues all() {
        return thisRequest.once(SettingValues.class, this::read);
    }

    private SettingValues read() {
        Map<SettingKey, String> values = new EnumMap<>(SettingKey.class);
        @SuppressWarnings("unchecked")
        var rows = (java.util.List<Object[]>) em.createNativeQuery("select name, value from setting").getResultList();
        for (Object[] row : rows) {
            SettingKey.byField((String) row[0]).ifPresent(key -> values.put(key, (String) row[1]));
        }
        return new SettingValues(values);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public BaseAllotment baseAllotment() {
        return all().baseAllotment();
    }

    /**
     * Changes the given settings (field name to value as text), all or none: every name and value
     * is checked before anything is written. Returns the settings as they are afterwards.
     */
    public SettingValues change(Map<String, String> changes, String actor) {
        Map<SettingKey, String> checked = new LinkedHashMap<>();
        changes.forEach((field, value) -> {
            SettingKey key = SettingKey.byField(field).orElseThrow(() ->
                    DomainException.invalid(field, "setting.unknown", "There is no setting called " + field + "."));
            if (!key.accepts(value)) {
                throw DomainException.invalid(field, key.refusalCode(), key.rule());
            }
            checked.put(key, value);
        });
        var now = Timestamp.from(Instant.now(clock));
        checked.forEach((key, value) -> em.createNativeQuery(
                        "insert into setting (name, value, updated_at) values (?1, ?2, ?3) "
                                + "on duplicate key update value = ?2, updated_at = ?3")
                .setParameter(1, key.field()).setParameter(2, value).setParameter(3, now)
                .executeUpdate());
        if (!checked.isEmpty()) {
            audit.record(actor, "settings.change", checked.toString());
        }
        thisRequest.forget(SettingValues.class);
        return all();
    }
}
