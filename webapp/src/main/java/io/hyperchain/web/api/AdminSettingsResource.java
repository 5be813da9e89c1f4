package io.hyperchain.web.api;

import io.hyperchain.web.JsonValues;
import io.hyperchain.settings.PortalSettings;
import io.hyperchain.settings.SettingKey;
import io.hyperchain.settings.SettingValues;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.Access;
import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import io.hyperchain.web.api.doc.AdminSchemas;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET/PUT /api/v1/admin/settings: a JSON object of settings (whole numbers, adjustAveraging as
 * "PERIOD" or "USAGE_HOURS", sparePeriod as "week" or "month"); a bad value changes nothing and is a
 * 400 naming its field.
 */
@Tag(name = "Admin")
@Path("admin/settings")
@RequestScoped
public class AdminSettingsResource {

    @Inject
    Caller caller;

    @Inject
    PortalSettings settings;

    @GET
    @Access(Role.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The portal's settings")
    @APIResponse(responseCode = "200", description = "The settings", content = @Content(schema = @Schema(implementation = AdminSchemas.Settings.class)))
    public String get() {
        caller.require(Role.ADMIN);
        return json(settings.all());
    }

    @PUT
    @Access(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change settings", description = "Names only the settings it changes; a bad value changes nothing.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AdminSchemas.Settings.class)))
    @APIResponse(responseCode = "200", description = "All the settings", content = @Content(schema = @Schema(implementation = AdminSchemas.Settings.class)))
    @APIResponse(responseCode = "400", description = "`setting.unknown` or a bad value: the field is named")
    public String put(InputStream body) {
        var admin = caller.require(Role.ADMIN);
        var json = JsonBody.read(body);
        Map<String, String> changes = new LinkedHashMap<>();
        // a choice is a string ("adjustAveraging": "USAGE_HOURS"), every other setting a whole number
        json.names().forEach(name -> changes.put(name, SettingKey.byField(name).filter(SettingKey::isChoice).isPresent()
                ? json.text(name) : Integer.toString(json.whole(name))));
        return json(settings.change(changes, admin.email()));
    }

    private static String json(SettingValues values) {
        var body = JsonValues.object();
        values.asMap().forEach((key, value) -> {
            if (key.isChoice()) {
                body.add(key.field(), value);
            } else {
                body.add(key.field(), Integer.parseInt(value));
            }
        });
        return body.build().toString();
    }
}
