package io.hyperchain.web;

import static io.hyperchain.web.ApiAssertions.assertError;
import static io.hyperchain.web.TenantEnvironment.ids;
import static io.hyperchain.web.TenantEnvironment.nodeIds;
import static io.hyperchain.web.TenantEnvironment.request;
import static io.hyperchain.web.TenantEnvironment.start;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Billing end to end in the real WAR on the real MariaDB and engines: usage metered from real
 * containers, a past month closed and finalized with hand-computed amounts, late usage, credit
 * notes, account closing, and the accountant's exports.
 */
class BillingIT extends PortalIT {

    private static final String PASSWORD = "correct horse battery";
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");



    @BeforeEach
    void prepare() {
        SharedCluster.ensure(base);
    }


    private record Tenant(PortalClient client, long id, String email) {
    }

    private Tenant newTenant() {
        String email = TestEnvironment.unique("bill") + "@example.com";
        var reply = new PortalClient(base).signUp(TestEnvironment.unique("Bill"), email, PASSWORD);
        assertEquals(201, reply.status(), reply::toString);
        return new Tenant(new PortalClient(base).basic(email, PASSWORD), reply.json().getJsonNumber("tenantId").longValue(), email);
    }

    private static String thisMonth() {
        return YearMonth.now(SEOUL).toString();
    }

    private static BigDecimal decimal(JsonObject json, String field) {
        return json.getJsonNumber(field).bigDecimalValue();
    }

    private static JsonObject line(JsonObject usage, String metric) {
        return usage.getJsonArray("lines").stream().map(v -> v.asJsonObject())
                .filter(l -> l.getString("metric").equals(metric)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + metric + " line in " + usage));
    }

    @Test
    void runningNodesAreMeteredOnceFromStartToStop() throws Exception {
        var tenant = newTenant();
        var nodes = ids(tenant.client().post("api/v1/resource-requests", request(4, 8, 20, 8)));
        assertEquals(2, nodes.size());
        start(tenant.client(), nodeIds(nodes.get(0), nodes.get(1)));
        // a second click on start meters nothing more: one open interval per container and metric
        start(tenant.client(), nodeIds(nodes.get(0), nodes.get(1)));
        assertEquals(2, TestDatabase.number("select count(*) from usage_interval where tenant_id = ? and metric = 'node-hours' "
                + "and ended_at is null", tenant.id()));
        assertEquals(2, TestDatabase.number("select count(*) from usage_interval where tenant_id = ? "
                + "and metric = 'disk-gib-months' and ended_at is null", tenant.id()), "each main disk is billed while it exists");
        Thread.sleep(1500);
        var running = tenant.client().get("api/v1/usage");
        assertEquals(200, running.status(), running::toString);
        assertEquals(thisMonth(), running.json().getString("month"));
        assertEquals(false, running.json().getBoolean("final"));
        assertEquals("KRW", running.json().getString("currency"));
        BigDecimal hours = decimal(line(running.json(), "node-hours"), "quantity");
        assertTrue(hours.signum() > 0 && hours.compareTo(new BigDecimal("0.1")) < 0, () -> "two nodes for seconds: " + hours);
        // base CPU 2 per node: core-hours = 2 x node-hours, to the rounding of the last of 6 places
        BigDecimal coreHours = decimal(line(running.json(), "cpu-core-hours"), "quantity");
        assertTrue(coreHours.subtract(hours.multiply(BigDecimal.valueOf(2))).abs().compareTo(new BigDecimal("0.000002")) <= 0,
                () -> coreHours + " core-hours for " + hours + " node-hours");
        assertEquals("hour", line(running.json(), "node-hours").getString("unit"));

        assertEquals(200, tenant.client().post("api/v1/environment/stop", "{}").status());
        assertEquals(0, TestDatabase.number("select count(*) from usage_interval where tenant_id = ? and ended_at is null "
                + "and metric <> 'disk-gib-months'", tenant.id()), "stop ends node, CPU and memory usage");
        BigDecimal stopped = decimal(line(tenant.client().get("api/v1/usage").json(), "node-hours"), "quantity");
        Thread.sleep(1200);
        assertEquals(stopped, decimal(line(tenant.client().get("api/v1/usage").json(), "node-hours"), "quantity"),
                "no node-hours accrue after the stop");
        assertTrue(decimal(tenant.client().get("api/v1/usage").json(), "total").signum() > 0);
    }

    @Test
    void aPastMonthIsClosedWithHandComputedAmountsLateUsageAdjustsTheNextInvoiceAndCreditNotesStopAtTheTotal()
            throws Exception {
        var tenant = newTenant();
        YearMonth past = YearMonth.now(SEOUL).minusMonths(1);
        Instant pastStart = past.atDay(1).atStartOfDay(SEOUL).toInstant();
        // the tenant has been with us since before that month; it used one node 2 h 30 min on its 2nd day
        TestDatabase.update("update tenant set created_at = ? where id = ?", Timestamp.from(pastStart.minusSeconds(86_400)),
                tenant.id());
        Instant used = pastStart.plusSeconds(86_400);
        usage(tenant.id(), "it-1", "node-hours", "1", used, used.plusSeconds(9_000), used.plusSeconds(9_000));

        // the scheduled close leaves a month that ended before billing began alone (this database's
        // billing began when it was made, this month); an admin closes it by name
        var scheduled = admin().post("api/v1/admin/jobs/billing-close/run", "{}");
        assertEquals(200, scheduled.status(), scheduled::toString);
        assertEquals(0, TestDatabase.number("select count(*) from invoice where tenant_id = ? and period = ?", tenant.id(),
                past.toString()), scheduled::toString);
        var close = admin().post("api/v1/admin/jobs/billing-close/run?month=" + past, "{}");
        assertEquals(200, close.status(), close::toString);
        var invoice = invoiceOf(tenant, past.toString());
        // fee 10,000 + 2.5 h x 500 = 11,250; VAT 10 % = 1,125; total 12,375 (the default plan, sql/V11)
        assertEquals("FINALIZED", invoice.getString("state"));
        assertTrue(invoice.getString("number").matches("HC-\\d{4}-\\d{6}"), invoice::toString);
        assertEquals(0, new BigDecimal("11250").compareTo(decimal(invoice, "subtotal")), invoice::toString);
        assertEquals(0, new BigDecimal("12375").compareTo(decimal(invoice, "total")), invoice::toString);
        var nodeLine = invoice.getJsonArray("lines").stream().map(v -> v.asJsonObject())
                .filter(l -> l.getString("metric").equals("node-hours")).findFirst().orElseThrow();
        assertEquals(1, nodeLine.getInt("usageCount"));
        assertEquals(64, nodeLine.getString("usageHash").length());
        var usage = tenant.client().get("api/v1/usage?month=" + past).json();
        assertTrue(usage.getBoolean("final"));
        assertEquals(0, new BigDecimal("12375").compareTo(decimal(usage, "total")));

        // the admin and the accountant see it in the month's list; an admin marks a copy paid later
        var listed = admin().get("api/v1/admin/invoices?month=" + past);
        assertEquals(200, listed.status(), listed::toString);
        assertTrue(listed.array().stream().anyMatch(i -> i.asJsonObject().getString("number").equals(invoice.getString("number"))));
        var asAdmin = admin().get("api/v1/admin/invoices/" + invoice.getJsonNumber("id").longValue());
        assertEquals(invoice.getString("number"), asAdmin.json().getString("number"));
        assertError(admin().get("api/v1/admin/invoices?month=soon"), 400, "month", "month.format");

        // closing again changes nothing and numbers nothing
        assertEquals(200, admin().post("api/v1/admin/jobs/billing-close/run?month=" + past, "{}").status());
        assertEquals(invoice.getString("number"), invoiceOf(tenant, past.toString()).getString("number"));

        // late usage of that month: the finalized invoice stays, the dry run shows the difference
        usage(tenant.id(), "it-late", "node-hours", "1", used, used.plusSeconds(3_600), Instant.now());
        long id = invoice.getJsonNumber("id").longValue();
        var rerate = admin().get("api/v1/admin/invoices/" + id + "/rerate");
        assertEquals(200, rerate.status(), rerate::toString);
        assertEquals(0, new BigDecimal("550").compareTo(decimal(rerate.json(), "difference")), rerate::toString);
        assertEquals(0, new BigDecimal("12375").compareTo(decimal(invoiceOf(tenant, past.toString()), "total")));

        // credit notes: never more than what is left; a full credit voids the invoice
        assertError(admin().post("api/v1/admin/invoices/" + id + "/credit-notes", "{\"amount\":20000,\"reason\":\"too much\"}"),
                409, "amount", "creditNote.exceedsRemaining");
        assertError(admin().post("api/v1/admin/invoices/" + id + "/credit-notes", "{\"amount\":-5,\"reason\":\"x\"}"),
                400, "amount", "creditNote.amount");
        var credit = admin().post("api/v1/admin/invoices/" + id + "/credit-notes", "{\"amount\":2375,\"reason\":\"outage\"}");
        assertEquals(201, credit.status(), credit::toString);
        assertTrue(credit.json().getString("number").matches("HC-CN-\\d{4}-\\d{6}"), credit::toString);
        assertEquals(0, new BigDecimal("10000").compareTo(decimal(invoiceOf(tenant, past.toString()), "remaining")));
        long noteId = credit.json().getJsonNumber("id").longValue();
        var notePdf = tenant.client().download("api/v1/invoices/" + id + "/credit-notes/" + noteId + "?lang=ko", "application/pdf");
        assertEquals(200, notePdf.status());
        assertEquals("%PDF", new String(notePdf.bytes(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(404, newTenant().client().download("api/v1/invoices/" + id + "/credit-notes/" + noteId, "application/pdf")
                .status(), "another tenant's credit note does not exist for them");
        assertEquals(201, admin().post("api/v1/admin/invoices/" + id + "/credit-notes",
                "{\"amount\":10000,\"reason\":\"goodwill\"}").status());
        assertEquals("VOID", invoiceOf(tenant, past.toString()).getString("state"));
        assertError(admin().post("api/v1/admin/invoices/" + id + "/paid", "{}"), 409, null, "invoice.notPayable");

        // another tenant's invoice does not exist for them
        var stranger = newTenant();
        assertError(stranger.client().get("api/v1/invoices/" + id), 404, null, "invoice.notFound");

        // closing the account: the month so far, finalized at once, with the late usage as its own line
        var closed = tenant.client().post("api/v1/me/close", "{}");
        assertEquals(200, closed.status(), closed::toString);
        var last = invoiceOf(tenant, thisMonth());
        assertEquals("FINALIZED", last.getString("state"));
        var late = last.getJsonArray("lines").stream().map(v -> v.asJsonObject())
                .filter(l -> l.getString("period").equals(past.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("no adjustment line for " + past + " in " + last));
        assertEquals(0, new BigDecimal("500").compareTo(decimal(late, "amount")), late::toString);
        var again = tenant.client().post("api/v1/me/close", "{}");
        assertEquals(last.getString("number"), again.json().getJsonObject("invoice").getString("number"),
                "closing twice is one invoice");
        assertEquals(1, TestDatabase.number("select count(*) from invoice where tenant_id = ? and period = ?", tenant.id(),
                thisMonth()));
        var pdf = tenant.client().download("api/v1/invoices/" + last.getJsonNumber("id").longValue(), "application/pdf");
        assertEquals(200, pdf.status());
        assertEquals("%PDF", new String(pdf.bytes(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertError(tenant.client().post("api/v1/environment/start", nodeIds(1)), 409, null, "account.closed");
    }

    @Test
    void anAccountantExportsTheMonthIdenticallyTwiceAndEveryJournalEntryBalances() throws Exception {
        var tenant = newTenant();
        assertEquals(200, tenant.client().post("api/v1/me/close", "{}").status()); // a finalized invoice this month
        String accountant = TestEnvironment.unique("acct") + "@example.com";
        var made = admin().post("api/v1/admin/users",
                "{\"email\":\"" + accountant + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"ACCOUNTANT\"}");
        assertEquals(201, made.status(), made::toString);
        assertError(admin().post("api/v1/admin/users", "{\"email\":\"" + accountant + "\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"ACCOUNTANT\"}"), 409, "email", "email.taken");
        assertError(admin().post("api/v1/admin/users", "{\"email\":\"x" + accountant + "\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"KING\"}"), 400, "role", "role.unknown");
        var books = new PortalClient(base).basic(accountant, PASSWORD);
        long closedInvoice = tenant.client().get("api/v1/invoices").array().getJsonObject(0).getJsonNumber("id").longValue();
        var paid = admin().post("api/v1/admin/invoices/" + closedInvoice + "/paid", "{}");
        assertEquals(200, paid.status(), paid::toString);
        assertEquals("PAID", paid.json().getString("state"));
        assertError(admin().post("api/v1/admin/invoices/" + closedInvoice + "/paid", "{}"), 409, null, "invoice.notPayable");
        assertError(books.post("api/v1/admin/invoices/" + closedInvoice + "/paid", "{}"), 403, null, "role.required");
        String month = thisMonth();

        var csv = books.download("api/v1/accounting/exports?month=" + month + "&format=csv", "*/*");
        assertEquals(200, csv.status(), csv::text);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv.bytes(), 3));
        var tenantName = TestDatabase.text("select name from tenant where id = ?", tenant.id());
        assertTrue(csv.text().contains(tenantName), "the closed tenant's invoice is in the month's lines");
        assertArrayEquals(csv.bytes(), books.download("api/v1/accounting/exports?month=" + month + "&format=csv", "*/*").bytes(),
                "the same month twice gives the same bytes");

        var journal = books.download("api/v1/accounting/exports?month=" + month + "&format=journal", "*/*");
        assertEquals(200, journal.status());
        Map<String, BigDecimal> balance = new HashMap<>();
        var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(journal.text().substring(1)));
        for (var record : parser) {
            BigDecimal debit = record.get(4).isEmpty() ? BigDecimal.ZERO : new BigDecimal(record.get(4));
            BigDecimal credit = record.get(5).isEmpty() ? BigDecimal.ZERO : new BigDecimal(record.get(5));
            balance.merge(record.get(1), debit.subtract(credit), BigDecimal::add);
        }
        assertTrue(!balance.isEmpty());
        balance.forEach((document, difference) -> assertEquals(0, difference.signum(), document + " does not balance"));

        var ubl = books.download("api/v1/accounting/exports?month=" + month + "&format=ubl", "*/*");
        assertEquals(200, ubl.status());
        int entries = 0;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(ubl.bytes()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                // every document the accountant takes away is valid UBL 2.1 and passes the EN 16931 rules
                io.hyperchain.billing.document.UblValidation.assertValid(entry.getName(), zip.readAllBytes());
                entries++;
            }
        }
        assertEquals(balance.size(), entries, "one UBL document per journal document");
        assertTrue(TestDatabase.number("select count(*) from audit_entry where actor = ? and action = 'billing.export'",
                accountant) >= 4, "every export is in the audit log");

        assertError(books.get("api/v1/accounting/exports?month=2026-13&format=csv"), 400, "month", "month.format");
        assertError(books.get("api/v1/accounting/exports?month=" + month + "&format=xls"), 400, "format", "export.format");
        assertError(tenant.client().get("api/v1/accounting/exports?month=" + month + "&format=csv"), 403, null, "role.required");
        assertError(books.post("api/v1/admin/price-plans", "{}"), 403, null, "role.required");
    }

    @Test
    void pricePlansAreVersionedAndBadInputNamesTheField() throws Exception {
        String name = TestEnvironment.unique("pro");
        String body = "{\"name\":\"" + name + "\",\"currency\":\"KRW\",\"monthlyFee\":50000,"
                + "\"validFrom\":\"2037-06-01T00:00:00+09:00\",\"default\":false,\"prices\":{\"node-hours\":360000},"
                + "\"tiers\":{\"cpu-core-hours\":{\"mode\":\"graduated\",\"tiers\":[{\"upTo\":100,\"unitPrice\":30},{\"unitPrice\":20}]}}}";
        var first = admin().post("api/v1/admin/price-plans", body);
        assertEquals(201, first.status(), first::toString);
        assertEquals(1, first.json().getInt("version"));
        var second = admin().post("api/v1/admin/price-plans", body);
        assertEquals(2, second.json().getInt("version"), "posting a name that exists makes its next version");
        assertEquals("graduated", second.json().getJsonObject("tiers").getJsonObject("cpu-core-hours").getString("mode"));
        var all = admin().get("api/v1/admin/price-plans");
        assertEquals(200, all.status());
        assertTrue(all.array().stream().anyMatch(p -> p.asJsonObject().getString("name").equals(name)));

        assertError(admin().post("api/v1/admin/price-plans", body.replace("360000", "-1")), 400, "prices.node-hours", "plan.price");
        assertError(admin().post("api/v1/admin/price-plans", body.replace("\"node-hours\"", "\"gpu-hours\"")), 400,
                "prices.gpu-hours", "plan.metric");
        assertError(admin().post("api/v1/admin/price-plans", body.replace("2037-06-01T00:00:00+09:00", "soon")), 400,
                "validFrom", "validFrom.format");
        assertError(admin().post("api/v1/admin/price-plans", body.replace("\"KRW\"", "\"XYZ1\"")), 400, "currency", "plan.currency");
        assertError(admin().post("api/v1/admin/price-plans", body.replace("2037-06-01", "2099-06-01")), 400, "validFrom", "plan.tooLate");
        // a version may not start in a month already invoiced
        var tenant = newTenant();
        assertEquals(200, tenant.client().post("api/v1/me/close", "{}").status());
        assertError(admin().post("api/v1/admin/price-plans", body.replace("2037-06-01T00:00:00+09:00",
                YearMonth.now(SEOUL).atDay(1).atStartOfDay(SEOUL).toOffsetDateTime().toString())), 400, "validFrom",
                "plan.invoicedPeriod");
        assertError(tenant.client().get("api/v1/admin/price-plans"), 403, null, "role.required");
        assertError(tenant.client().get("api/v1/usage?month=12-2026"), 400, "month", "month.format");
        assertError(admin().post("api/v1/admin/jobs/billing-close/run?month=" + YearMonth.now(SEOUL).plusMonths(1), "{}"),
                400, "month", "billing.monthNotEnded");
        // moving a tenant to a plan from an instant; unknown plans and tenants are refused
        var mover = newTenant();
        String nextMonth = YearMonth.now(SEOUL).plusMonths(1).atDay(1).atStartOfDay(SEOUL).toOffsetDateTime().toString();
        var moved = admin().post("api/v1/admin/tenants/" + mover.id() + "/plan", "{\"plan\":\"" + name + "\",\"from\":\"" + nextMonth + "\"}");
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(name, TestDatabase.text("select plan_name from tenant_plan where tenant_id = ?", mover.id()));
        assertError(admin().post("api/v1/admin/tenants/" + mover.id() + "/plan", "{\"plan\":\"nope\",\"from\":\"" + nextMonth + "\"}"),
                400, "plan", "plan.unknown");
        assertError(admin().post("api/v1/admin/tenants/" + mover.id() + "/plan", "{\"plan\":\"" + name + "\"}"), 400, "from", "plan.from");
        assertError(admin().post("api/v1/admin/tenants/987654321/plan", "{\"plan\":\"" + name + "\",\"from\":\"" + nextMonth + "\"}"),
                404, null, "tenant.notFound");
        var jobs = admin().get("api/v1/admin/jobs");
        assertTrue(jobs.body().contains("billing-close"), jobs::toString);
    }

    private JsonObject invoiceOf(Tenant tenant, String period) {
        var list = tenant.client().get("api/v1/invoices");
        assertEquals(200, list.status(), list::toString);
        long id = list.array().stream().map(v -> v.asJsonObject()).filter(i -> i.getString("period").equals(period))
                .findFirst().orElseThrow(() -> new AssertionError("no invoice for " + period + " in " + list))
                .getJsonNumber("id").longValue();
        var invoice = tenant.client().get("api/v1/invoices/" + id);
        assertEquals(200, invoice.status(), invoice::toString);
        return invoice.json();
    }

    private static void usage(long tenantId, String subject, String metric, String rate, Instant start, Instant end,
                              Instant recorded) throws Exception {
        TestDatabase.update("insert into usage_interval (id, tenant_id, metric, subject, rate, started_at, ended_at, recorded_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)", subject + "/" + metric + "/" + tenantId, tenantId, metric,
                subject + ":" + tenantId, new BigDecimal(rate), Timestamp.from(start), Timestamp.from(end), Timestamp.from(recorded));
    }
}
