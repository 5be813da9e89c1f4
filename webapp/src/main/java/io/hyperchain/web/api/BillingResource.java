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

/**
 * The tenant's billing: GET /usage?month=YYYY-MM, GET /invoices, GET /invoices/{id} (JSON, or the
 * PDF with Accept: application/pdf or ?format=pdf), GET /invoices/{id}/credit-notes/{note} (its PDF), POST /me/close (closes the account; the month
 * so far is invoiced at once).
 */
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
    public String usage(@QueryParam("month") String month) {
        var tenant = caller.tenant();
        return BillingJson.usage(usage.report(tenant, usage.month(month))).toString();
    }

    @GET
    @Access(Role.TENANT)
    @Path("invoices")
    @Produces(MediaType.APPLICATION_JSON)
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
    public String close() {
        var tenant = caller.tenant();
        long invoiceId = closure.close(tenant);
        return JsonValues.object().add("closed", true)
                .add("invoice", BillingJson.invoiceSummary(invoices.ofTenant(tenant, invoiceId))).build().toString();
    }
}
