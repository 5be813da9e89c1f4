package io.hyperchain.web.api;

import io.hyperchain.billing.Invoices;
import io.hyperchain.billing.MonthlyUsage;
import io.hyperchain.billing.PlanDraft;
import io.hyperchain.billing.PricePlans;
import io.hyperchain.billing.rating.PriceTier;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.JsonValues;
import io.hyperchain.web.security.Access;
import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.LinkedHashMap;
import io.hyperchain.web.api.doc.BillingSchemas;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The admin's billing: price plans (GET/POST /admin/price-plans), a tenant's plan
 * (POST /admin/tenants/{id}/plan), invoices (GET /admin/invoices?month=, credit notes, paid,
 * the re-rating dry run). Staff accounts are {@link AdminUsersResource}'s.
 */
@Tag(name = "Admin")
@Path("admin")
@RequestScoped
public class AdminBillingResource {

    @Inject
    Caller caller;

    @Inject
    PricePlans plans;

    @Inject
    Invoices invoices;

    @Inject
    MonthlyUsage usage;

    @GET
    @Access(Role.ADMIN)
    @Path("price-plans")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The price plans")
    @APIResponse(responseCode = "200", description = "The plans", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = BillingSchemas.PricePlan.class)))
    public String plans() {
        caller.require(Role.ADMIN);
        var list = JsonValues.array();
        plans.list().forEach(p -> list.add(plan(p)));
        return list.build().toString();
    }

    @POST
    @Access(Role.ADMIN)
    @Path("price-plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a price plan")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BillingSchemas.PricePlanDraft.class)))
    @APIResponse(responseCode = "201", description = "The plan", content = @Content(schema = @Schema(implementation = BillingSchemas.PricePlan.class)))
    @APIResponse(responseCode = "400", description = "`plan.name`, `plan.currency`, `plan.monthlyFee`, `plan.validFrom`, `plan.metric`, `plan.tiers`, ...: the field is named")
    @APIResponse(responseCode = "409", description = "`plan.concurrent`")
    public Response createPlan(InputStream body) {
        var admin = caller.require(Role.ADMIN);
        var json = JsonBody.read(body);
        var tiers = new LinkedHashMap<String, PlanDraft.TierDraft>();
        json.objects("tiers").forEach((metric, tier) -> tiers.put(metric, new PlanDraft.TierDraft(tier.text("mode"),
                tier.list("tiers").stream().map(t -> new PlanDraft.TierStep(t.decimal("upTo"), t.decimal("unitPrice"))).toList())));
        var draft = new PlanDraft(json.text("name"), json.text("currency"), json.decimal("monthlyFee"), json.instant("validFrom"),
                json.bool("default", false), json.decimals("prices"), tiers);
        return Response.status(201).entity(plan(plans.create(draft, admin.email())).toString()).build();
    }

    @POST
    @Access(Role.ADMIN)
    @Path("tenants/{id}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a tenant to a price plan", description = "From the given instant on.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BillingSchemas.PlanMove.class)))
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(schema = @Schema(implementation = BillingSchemas.PlanMoved.class)))
    @APIResponse(responseCode = "400", description = "`plan.unknown`, `plan.from`, `plan.invoicedPeriod`, `plan.tooEarly`, `plan.tooLate`")
    @APIResponse(responseCode = "404", description = "`tenant.notFound`")
    @APIResponse(responseCode = "409", description = "`plan.concurrent`")
    public String moveTenant(@PathParam("id") long tenantId, InputStream body) {
        var admin = caller.require(Role.ADMIN);
        var json = JsonBody.read(body);
        String plan = json.text("plan");
        var from = json.instant("from");
        plans.move(tenantId, plan, from, admin.email());
        return JsonValues.object().add("tenantId", tenantId).add("plan", plan).add("from", from.toString()).build().toString();
    }

    @GET
    @Access({Role.ADMIN, Role.ACCOUNTANT})
    @Path("invoices")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A month's invoices, every tenant's", description = "month is YYYY-MM.")
    @APIResponse(responseCode = "200", description = "The invoices", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = BillingSchemas.InvoiceSummary.class)))
    @APIResponse(responseCode = "400", description = "`month.format`")
    public String invoices(@QueryParam("month") String month) {
        caller.requireAny(Role.ADMIN, Role.ACCOUNTANT);
        var list = JsonValues.array();
        invoices.ofMonth(usage.month(month)).forEach(i -> list.add(BillingJson.invoiceSummary(i)));
        return list.build().toString();
    }

    @GET
    @Access({Role.ADMIN, Role.ACCOUNTANT})
    @Path("invoices/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One invoice")
    @APIResponse(responseCode = "200", description = "The invoice", content = @Content(schema = @Schema(implementation = BillingSchemas.Invoice.class)))
    @APIResponse(responseCode = "404", description = "`invoice.notFound`")
    public String invoice(@PathParam("id") long id) {
        caller.requireAny(Role.ADMIN, Role.ACCOUNTANT);
        return BillingJson.invoice(invoices.get(id)).toString();
    }

    @POST
    @Access(Role.ADMIN)
    @Path("invoices/{id}/credit-notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Credit part of an invoice")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BillingSchemas.CreditRequest.class)))
    @APIResponse(responseCode = "201", description = "The credit note", content = @Content(schema = @Schema(implementation = BillingSchemas.IssuedCreditNote.class)))
    @APIResponse(responseCode = "400", description = "`creditNote.amount`, `creditNote.unit`, `creditNote.reason`")
    @APIResponse(responseCode = "404", description = "`invoice.notFound`")
    @APIResponse(responseCode = "409", description = "`creditNote.state`, `creditNote.exceedsRemaining`")
    public Response credit(@PathParam("id") long id, InputStream body) {
        var admin = caller.require(Role.ADMIN);
        var json = JsonBody.read(body);
        var note = invoices.credit(id, json.decimal("amount"), json.text("reason"), admin.email());
        return Response.status(201).entity(BillingJson.creditNote(note).add("invoiceId", id).build().toString()).build();
    }

    @POST
    @Access(Role.ADMIN)
    @Path("invoices/{id}/paid")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark an invoice paid")
    @APIResponse(responseCode = "200", description = "The invoice", content = @Content(schema = @Schema(implementation = BillingSchemas.Invoice.class)))
    @APIResponse(responseCode = "404", description = "`invoice.notFound`")
    @APIResponse(responseCode = "409", description = "`invoice.notPayable`")
    public String paid(@PathParam("id") long id) {
        var admin = caller.require(Role.ADMIN);
        invoices.markPaid(id, admin.email());
        return BillingJson.invoice(invoices.get(id)).toString();
    }

    /** What the invoice would say if rated again now; nothing changes. */
    @GET
    @Access({Role.ADMIN, Role.ACCOUNTANT})
    @Path("invoices/{id}/rerate")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate an invoice again, as a dry run", description = "What the invoice would say if rated again now; nothing changes.")
    @APIResponse(responseCode = "200", description = "Both ratings and the difference", content = @Content(schema = @Schema(implementation = BillingSchemas.Rerating.class)))
    @APIResponse(responseCode = "404", description = "`invoice.notFound`")
    public String rerate(@PathParam("id") long id) {
        caller.requireAny(Role.ADMIN, Role.ACCOUNTANT);
        var invoice = invoices.get(id);
        var rated = invoices.rerate(invoice);
        var totals = io.hyperchain.billing.rating.Totals.of(rated.lines(), invoice.taxRate(), rated.currency());
        return JsonValues.object().add("invoiceId", id).add("number", invoice.number() == null ? "" : invoice.number())
                .add("invoiced", BillingJson.invoice(invoice))
                .add("rerated", JsonValues.object().add("lines", BillingJson.lines(rated.lines()))
                        .add("subtotal", BillingJson.plain(totals.subtotal())).add("tax", BillingJson.plain(totals.tax()))
                        .add("total", BillingJson.plain(totals.total())))
                .add("difference", BillingJson.plain(totals.total().subtract(invoice.total())))
                .build().toString();
    }

    private static JsonObject plan(PricePlans.StoredPlan stored) {
        var p = stored.plan();
        var prices = JsonValues.object();
        var tiers = JsonValues.object();
        p.prices().forEach((metric, price) -> {
            if (price.mode() == io.hyperchain.billing.rating.MetricPrice.TierMode.FLAT) {
                prices.add(metric.code(), BillingJson.plain(price.unitPrice()));
            } else {
                var steps = JsonValues.array();
                for (PriceTier t : price.tiers()) {
                    var step = JsonValues.object().add("unitPrice", BillingJson.plain(t.unitPrice()));
                    if (t.upTo() != null) {
                        step.add("upTo", BillingJson.plain(t.upTo()));
                    }
                    steps.add(step);
                }
                tiers.add(metric.code(), JsonValues.object().add("mode", price.mode().name().toLowerCase(java.util.Locale.ROOT))
                        .add("tiers", steps));
            }
        });
        return JsonValues.object().add("id", p.id()).add("name", p.name()).add("version", p.version())
                .add("currency", p.currency()).add("monthlyFee", BillingJson.plain(p.monthlyFee()))
                .add("validFrom", p.validFrom().toString()).add("default", stored.isDefault())
                .add("prices", prices).add("tiers", tiers).add("createdBy", stored.createdBy())
                .add("createdAt", stored.createdAt().toString()).build();
    }
}
