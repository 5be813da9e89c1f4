package io.hyperchain.web.api;

import io.hyperchain.settings.PortalSettings;
import io.hyperchain.settings.SettingKey;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** GET/PUT /api/v1/admin/settings: a JSON object of settings; a bad value changes nothing. */
@Path("admin/settings")
@RequestScoped
public class AdminSettingsResource {

    @Inject
    Caller caller;

    @Inject
    PortalSettings settings;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String get() {
        caller.require(Role.ADMIN);
        return json(settings.all());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String put(InputStream body) {
        var admin = caller.require(Role.ADMIN);
        var json = JsonBody.read(body);
        Map<String, Integer> changes = new LinkedHashMap<>();
        json.names().forEach(name -> changes.put(name, json.whole(name)));
        return json(settings.change(changes, admin.email()));
    }

    private static String json(Map<SettingKey, Integer> values) {
        var body = Json.createObjectBuilder();
        values.forEach((key, value) -> body.add(key.field(), value));
        return body.build().toString();
    }
}
