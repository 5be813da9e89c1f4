package io.hyperchain.web.api;

import io.hyperchain.billing.AccountingExports;
import io.hyperchain.billing.MonthlyUsage;
import io.hyperchain.shared.DomainException;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.Access;
import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /api/v1/accounting/exports?month=YYYY-MM&format=csv|journal|ubl (ACCOUNTANT or ADMIN). */
@Tag(name = "Accounting")
@Path("accounting")
@RequestScoped
public class AccountingResource {

    @Inject
    Caller caller;

    @Inject
    AccountingExports exports;

    @Inject
    MonthlyUsage usage;

    @GET
    @Access({Role.ACCOUNTANT, Role.ADMIN})
    @Path("exports")
    @Operation(summary = "A month's accounting export", description = "month is YYYY-MM; format csv, journal or ubl; the file comes as an attachment.")
    @APIResponse(responseCode = "200", description = "The export file", content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "`month.missing`, `month.format`, `export.format`")
    public Response export(@QueryParam("month") String month, @QueryParam("format") String format) {
        var who = caller.requireAny(Role.ACCOUNTANT, Role.ADMIN);
        if (month == null || month.isBlank()) {
            throw DomainException.invalid("month", "month.missing", "month is required, e.g. 2026-12.");
        }
        var export = exports.export(usage.month(month), format, who.email());
        return Response.ok(export.bytes(), export.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"").build();
    }
}
