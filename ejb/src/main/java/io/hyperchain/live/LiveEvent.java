package io.hyperchain.live;

/**
 * Something that happened which open pages should show at once (P4.5): a topic such as
 * {@code node.maintenance} or {@code container.running}, who may see it, and a short subject.
 * Admins see every event; a tenant's users see only events of their own tenant.
 *
 * @param tenantId the tenant whose users may see it; null for admins only
 */
public record LiveEvent(String topic, Long tenantId, String subject) {

    public static LiveEvent forAdmins(String topic, String subject) {
        return new LiveEvent(topic, null, subject);
    }

    public static LiveEvent forTenant(long tenantId, String topic, String subject) {
        return new LiveEvent(topic, tenantId, subject);
    }
}
