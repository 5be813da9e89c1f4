package io.hyperchain.web.api;

import io.hyperchain.template.TemplateCatalogue;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.JsonValues;
import io.hyperchain.web.api.doc.TemplateSchemas;
import io.hyperchain.web.security.Access;
import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /api/v1/templates: the ready templates a tenant may start its environment from (P4.1). */
@Tag(name = "Environment")
@Path("templates")
@RequestScoped
public class TemplatesResource {

    @Inject
    Caller caller;

    @Inject
    TemplateCatalogue catalogue;

    @GET
    @Access(Role.TENANT)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Templates to start from", description = "The ready templates, the default first; each one's "
            + "description in the caller's language (lang=ko|en, else the hc-lang cookie, else Accept-Language) and in both.")
    @APIResponse(responseCode = "200", description = "The templates",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TemplateSchemas.Offered.class)))
    public String list(@QueryParam("lang") String lang, @CookieParam("hc-lang") String cookie,
                       @HeaderParam("Accept-Language") String acceptLanguage) {
        caller.tenant();
        String language = TemplateJson.language(lang, cookie, acceptLanguage);
        var list = JsonValues.array();
        catalogue.ready().forEach(t -> list.add(TemplateJson.offered(t, language)));
        return list.build().toString();
    }
}
