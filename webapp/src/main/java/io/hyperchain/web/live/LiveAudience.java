package io.hyperchain.web.live;

import io.hyperchain.tenant.CallerProfile;
import java.util.List;

/**
 * Who hears a live event. A page's push channel is keyed by its audience, never by the tenant a
 * message names: admins share one key, each tenant's users share their tenant's, so a tenant's
 * socket is only ever sent its own tenant's events.
 */
public final class LiveAudience {

    static final String ADMINS = "admins";

    private LiveAudience() {
    }

    /** The key a logged-in user's pages listen on; null for those with no live pages (accountants). */
    public static String of(CallerProfile profile) {
        if (profile == null) {
            return null;
        }
        if (profile.isAdmin()) {
            return ADMINS;
        }
        return profile.isTenant() && profile.tenantId() != null ? tenant(profile.tenantId()) : null;
    }

    /** The keys a message goes to: admins always, and its tenant's users when it is a tenant's. */
    public static List<String> of(LiveMessage message) {
        return message.tenantId() == null ? List.of(ADMINS) : List.of(ADMINS, tenant(message.tenantId()));
    }

    private static String tenant(long tenantId) {
        return "tenant-" + tenantId;
    }
}
