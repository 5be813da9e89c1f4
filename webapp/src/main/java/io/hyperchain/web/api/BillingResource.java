package io.hyperchain.web.api;

import io.hyperchain.account.AccountClosure;
import io.hyperchain.billing.InvoicePdfs;
import io.hyperchain.billing.Invoices;
import io.hyperchain.billing.MonthlyUsage;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.JsonValues;
import io.hyperchain.web.security.Access;
import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.hyperchain.web.api.doc.BillingSchemas;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tenant's billing: GET /usage?month=YYYY-MM, GET /invoices, GET /invoices/{id} (JSON, or the
 * PDF with Accept: application/pdf or ?format=pdf), GET /invoices/{id}/credit-notes/{note} (its PDF), POST /me/close (closes the account; the month
 * so far is invoiced at once).
 */
@Tag(name = "Billing")
@Path("")
@RequestScoped
public class BillingResource {

    @Inject
    Caller caller;

    @Inject
    MonthlyUsage usage;

    @Inject
    Invoices invoices;

    @Inject
    InvoicePdfs pdfs;

    @Inject
    AccountClosure closure;

    @GET
    @Access(Role.TENANT)
    @Path("usage")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A month's usage", description = "The month so far, rated; month is YYYY-MM (this month when left out).")
    @APIResponse(responseCode = "200", description = "The usage", content = @Content(schema = @Schema(implementation = BillingSchemas.Usage.class)))
    @APIResponse(responseCode = "400", description = "`month.format`")
    public String usage(@QueryParam("month") String month) {
        var tenant = caller.tenant();
        return BillingJson.usage(usage.report(tenant, usage.month(month))).toString();
    }

    @GET
    @Access(Role.TENANT)
    @Path("invoices")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My invoices")
    @APIResponse(responseCode = "200", description = "The invoices", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = BillingSchemas.InvoiceSummary.class)))
    public String invoices() {
        var tenant = caller.tenant();
        var list = JsonValues.array();
        invoices.ofTenant(tenant).forEach(i -> list.add(BillingJson.invoiceSummary(i)));
        return list.build().toString();
    }

    @GET
    @Access(Role.TENANT)
    @Path("invoices/{id}")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf"})
    @Operation(summary = "One of my invoices", description = "JSON, or the PDF with Accept: application/pdf or format=pdf (lang or the hc-lang cookie: its language).")
    @APIResponse(responseCode = "200", description = "The invoice", content = {@Content(mediaType = "application/json", schema = @Schema(implementation = BillingSchemas.Invoice.class)),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "`invoice.notFound`: none, or another tenant's")
    public Response invoice(@PathParam("id") long id, @HeaderParam("Accept") String accept,
                            @QueryParam("format") String format, @QueryParam("lang") String lang,
                            @CookieParam("hc-lang") String cookieLang) {
        var tenant = caller.tenant();
        var invoice = invoices.ofTenant(tenant, id);
        boolean pdf = "pdf".equals(format) || (accept != null && accept.startsWith("application/pdf"));
        if (pdf) {
            String language = lang != null ? lang : cookieLang;
            return Response.ok(pdfs.render(invoice, language), "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"" + pdfs.fileName(invoice) + "\"").build();
        }
        return Response.ok(BillingJson.invoice(invoice).toString(), MediaType.APPLICATION_JSON).build();
    }

    /** A credit note on one of the tenant's invoices: its PDF (another tenant's is a 404 like a missing one). */
    @GET
    @Access(Role.TENANT)
    @Path("invoices/{id}/credit-notes/{note}")
    @Produces("application/pdf")
    @Operation(summary = "A credit note of one of my invoices, as PDF")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "`invoice.notFound`, `creditNote.notFound`")
    public Response creditNote(@PathParam("id") long id, @PathParam("note") long noteId, @QueryParam("lang") String lang,
                               @CookieParam("hc-lang") String cookieLang) {
        var tenant = caller.tenant();
        var invoice = invoices.ofTenant(tenant, id);
        var note = invoice.creditNotes().stream().filter(c -> c.id() == noteId).findFirst()
                .orElseThrow(() -> new io.hyperchain.shared.DomainException(io.hyperchain.shared.Problem.NOT_FOUND,
                        "creditNote.notFound", null, "There is no credit note " + noteId + " on this invoice."));
        return Response.ok(pdfs.render(invoice, note, lang != null ? lang : cookieLang), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + note.number() + ".pdf\"").build();
    }

    @POST
    @Access(Role.TENANT)
    @Path("me/close")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close my account", description = "The month so far is invoiced at once.")
    @APIResponse(responseCode = "200", description = "Closed, with the last invoice", content = @Content(schema = @Schema(implementation = BillingSchemas.Closed.class)))
    @APIResponse(responseCode = "409", description = "`account.closed`")
    public String close() {
        var tenant = caller.tenant();
        long invoiceId = closure.close(tenant);
        return JsonValues.object().add("closed", true)
                .add("invoice", BillingJson.invoiceSummary(invoices.ofTenant(tenant, invoiceId))).build().toString();
    }
}
