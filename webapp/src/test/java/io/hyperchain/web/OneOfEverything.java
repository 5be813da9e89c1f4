package io.hyperchain.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A tenant holding one of everything a tenant can own: a node assigned by a resource request, an
 * environment with a workload in a group of the tenant's and a task that ran in it, a disk allotment with a bigger disk waiting for approval, a notification,
 * and a finalized invoice with a credit note. Made as cheaply as it can be real: the request and the
 * disk upgrade through the API (they are cheap there); the environment, workload, allotment,
 * notification, invoice and credit note as rows, since through the API they would cost a running
 * container and a month's billing close. The environment is STOPPED, so the reconciler never tries to
 * start its workload; the invoice is for 2001-01, finalized in 2001-02, so no month another test bills
 * or exports sees it; the notification is marked mailed. {@link #remove()} deletes all of it.
 */
final class OneOfEverything {

    /** What a tenant owns, as the API's path parameters name it. */
    enum Kind { TENANT, USER, NODE, REQUEST, ENVIRONMENT, WORKLOAD, TASK, ALLOTMENT, APPROVAL, NOTIFICATION, INVOICE, CREDIT_NOTE }

    /** A finalized invoice of 2001-01 with two lines and a credit note, written as rows. */
    record Invoice(long id, String number, long creditNoteId, String creditNoteNumber, String reason) {

        static Invoice insert(long tenantId) throws SQLException {
            String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            String number = "IT-" + tag;
            TestDatabase.update("insert into invoice (tenant_id, period, state, number, currency, subtotal, tax_rate, tax, total, "
                    + "credited, final_close, usage_cutoff, rated_until, created_at, finalized_at) values (?, '2001-01', "
                    + "'FINALIZED', ?, 'KRW', 11250, 0.1, 1125, 12375, 1100, false, '2001-02-01 00:00:00', "
                    + "'2001-02-01 00:00:00', '2001-02-01 09:00:00', '2001-02-01 09:00:00')", tenantId, number);
            long id = TestDatabase.number("select id from invoice where number = ?", number);
            TestDatabase.update("insert into invoice_line (invoice_id, line_no, metric, period, quantity, unit, unit_price, "
                    + "amount, usage_count, usage_hash) values (?, 1, 'monthly-fee', '2001-01', 1, 'month', 10000, 10000, 0, "
                    + "repeat('0', 64)), (?, 2, 'node-hours', '2001-01', 2.5, 'hour', 500, 1250, 1, repeat('a', 64))", id, id);
            String noteNumber = "IT-CN-" + tag;
            String reason = "goodwill " + tag;
            TestDatabase.update("insert into credit_note (invoice_id, number, net, tax, total, reason, created_by, created_at) "
                    + "values (?, ?, 1000, 100, 1100, ?, 'it@hyperchain.local', '2001-02-02 09:00:00')", id, noteNumber, reason);
            long noteId = TestDatabase.number("select id from credit_note where number = ?", noteNumber);
            return new Invoice(id, number, noteId, noteNumber, reason);
        }

        static void deleteOf(long tenantId) throws SQLException {
            TestDatabase.update("delete c from credit_note c join invoice i on i.id = c.invoice_id where i.tenant_id = ?", tenantId);
            TestDatabase.update("delete l from invoice_line l join invoice i on i.id = l.invoice_id where i.tenant_id = ?", tenantId);
            TestDatabase.update("delete from invoice where tenant_id = ?", tenantId);
        }
    }

    final String name;
    final String email;
    final long tenantId;
    final ApiCaller session;
    private final Map<Kind, Long> ids = new EnumMap<>(Kind.class);
    private final String containerName;
    private final String groupName;
    private final String allotmentName;
    private final String notificationText;
    private Invoice invoice;

    private OneOfEverything(String name, String email, long tenantId, ApiCaller session) {
        this.name = name;
        this.email = email;
        this.tenantId = tenantId;
        this.session = session;
        String tag = UUID.randomUUID().toString().substring(0, 8);
        this.containerName = "it-hostile-" + tag;
        this.groupName = "it-group-" + tag; // a group name is lower case: the tag is lower-case hex
        this.allotmentName = "it-" + tag;
        this.notificationText = "for the eyes of " + name + " only: " + UUID.randomUUID();
    }

    /**
     * Signs a tenant up and gives it one of everything; needs the shared nodes registered
     * ({@link SharedCluster}) and disk auto-approval off (the default). On a failure half-way, what
     * was made is removed before the failure is thrown.
     */
    static OneOfEverything create(URI base, ApiCaller admin, String password) throws Exception {
        String name = TestEnvironment.unique("Owner");
        String email = TestEnvironment.unique("owner") + "@example.com";
        var signUp = new PortalClient(base).signUp(name, email, password);
        assertEquals(201, signUp.status(), () -> "signing up the tenant who owns everything: " + signUp);
        long tenantId = signUp.json().getJsonNumber("tenantId").longValue();
        var owner = new OneOfEverything(name, email, tenantId, ApiCaller.logIn(base, email, password));
        try {
            owner.fill(admin);
        } catch (Exception | AssertionError e) {
            owner.remove();
            throw e;
        }
        return owner;
    }

    private void fill(ApiCaller admin) throws Exception {
        ids.put(Kind.TENANT, tenantId);
        ids.put(Kind.USER, TestDatabase.number("select id from user_account where email = ?", email));

        var requested = session.send(ApiCaller.Request.json("POST", "api/v1/resource-requests",
                TenantEnvironment.request(1, 1, 1, 1)));
        assertEquals(201, requested.status(), () -> "the owner's resource request (are the shared nodes full?): " + requested);
        long node = TestDatabase.number("select min(node_id) from assignment where tenant_id = ?", tenantId);
        assertTrue(node > 0, "the owner holds a node");
        ids.put(Kind.NODE, node);
        ids.put(Kind.REQUEST, TestDatabase.number("select max(id) from resource_request where tenant_id = ?", tenantId));

        TestDatabase.update("insert into environment (tenant_id, desired_state, leader_node_id, updated_at) "
                + "values (?, 'STOPPED', ?, now(3))", tenantId, node);
        long environment = TestDatabase.number("select id from environment where tenant_id = ?", tenantId);
        ids.put(Kind.ENVIRONMENT, environment);
        TestDatabase.update("insert into workload (environment_id, node_id, host_node_id, container_name, state, problem, cpu, "
                + "memory_gib, updated_at) values (?, ?, ?, ?, 'FAILED', 'a fixture of HostileCallersIT, never started', 2, 4, now(3))",
                environment, node, node, containerName);
        ids.put(Kind.WORKLOAD, TestDatabase.number("select id from workload where container_name = ?", containerName));
        TestDatabase.update("insert into workload_group (tenant_id, node_id, name, updated_at) values (?, ?, ?, now(3))",
                tenantId, node, groupName);
        // a task that ran and ended in that container (issue 15): its id is the owner's too
        TestDatabase.update("insert into task (tenant_id, environment_id, node_id, host_node_id, container_id, command, kind, cpu, "
                + "memory_gib, state, exit_code, started_at, ended_at) values (?, ?, ?, ?, ?, '[\"true\"]', 'BATCH', 1, 0.25, "
                + "'EXITED', 0, now(3), now(3))", tenantId, environment, node, node, containerName);
        ids.put(Kind.TASK, TestDatabase.number("select max(id) from task where tenant_id = ?", tenantId));

        TestDatabase.update("insert into disk_allotment (tenant_id, node_id, name, main_mib, created_at) values (?, ?, ?, 1024, now(3))",
                tenantId, node, allotmentName);
        long allotment = TestDatabase.number("select id from disk_allotment where name = ?", allotmentName);
        ids.put(Kind.ALLOTMENT, allotment);
        var settings = admin.get("api/v1/admin/settings");
        assertEquals(200, settings.status(), settings::toString);
        assertEquals("0", jsonNumber(settings.body(), "diskAutoApprove"),
                () -> "disk auto-approval must be off for the owner's upgrade to wait (did another test leave it on?): " + settings);
        var upgrade = session.send(ApiCaller.Request.json("POST", "api/v1/disk-upgrade-requests",
                "{\"allotmentId\":" + allotment + ",\"newMainDiskGiB\":2}"));
        assertEquals(201, upgrade.status(), () -> "the owner's disk upgrade request: " + upgrade);
        ids.put(Kind.APPROVAL, Long.parseLong(jsonNumber(upgrade.body(), "id")));

        TestDatabase.update("insert into notification (tenant_id, kind, text, created_at, mailed) values (?, 'it-isolation', ?, "
                + "now(3), true)", tenantId, notificationText);
        ids.put(Kind.NOTIFICATION, TestDatabase.number("select id from notification where text = ?", notificationText));

        invoice = Invoice.insert(tenantId);
        ids.put(Kind.INVOICE, invoice.id());
        ids.put(Kind.CREDIT_NOTE, invoice.creditNoteId());
    }

    private static String jsonNumber(String json, String field) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return reader.readObject().getJsonNumber(field).toString();
        }
    }

    long id(Kind kind) {
        return ids.get(kind);
    }

    /** The group the owner put its container in (sql/V28): a name, not an id, so no {@link Kind}. */
    String groupName() {
        return groupName;
    }

    Map<Kind, Long> ids() {
        return Map.copyOf(ids);
    }

    /** The words only this tenant's own answers may contain: another caller seeing one has seen its data. */
    List<String> markers() {
        return List.of(name, email, containerName, groupName, allotmentName, notificationText, invoice.number(),
                invoice.creditNoteNumber(), invoice.reason());
    }

    /**
     * What a path parameter of this name, after this literal segment, names among the tenant's
     * things; empty when the name says nothing (the caller then tries every kind).
     */
    Optional<Kind> kindOf(ApiOperations.Parameter parameter) {
        String name = parameter.name();
        Kind byName = switch (name) {
            case "note", "noteId", "creditNoteId" -> Kind.CREDIT_NOTE;
            case "invoiceId" -> Kind.INVOICE;
            case "tenantId" -> Kind.TENANT;
            case "userId" -> Kind.USER;
            case "nodeId" -> Kind.NODE;
            case "approvalId", "upgradeId" -> Kind.APPROVAL;
            case "workloadId", "containerId" -> Kind.WORKLOAD;
            case "allotmentId", "diskId" -> Kind.ALLOTMENT;
            case "environmentId" -> Kind.ENVIRONMENT;
            case "notificationId" -> Kind.NOTIFICATION;
            case "requestId" -> Kind.REQUEST;
            default -> null;
        };
        if (byName != null) {
            return Optional.of(byName);
        }
        return Optional.ofNullable(switch (parameter.segmentBefore()) {
            case "invoices" -> Kind.INVOICE;
            case "credit-notes" -> Kind.CREDIT_NOTE;
            case "approvals", "disk-upgrade-requests", "upgrades" -> Kind.APPROVAL; // one id space for what waits for an admin
            case "tenants" -> Kind.TENANT;
            case "users" -> Kind.USER;
            case "nodes" -> Kind.NODE;
            case "disks", "allotments" -> Kind.ALLOTMENT;
            case "workloads", "containers" -> Kind.WORKLOAD;
            case "tasks" -> Kind.TASK;
            case "environment", "environments" -> Kind.ENVIRONMENT;
            case "notifications" -> Kind.NOTIFICATION;
            case "resource-requests", "requests" -> Kind.REQUEST;
            default -> null;
        });
    }

    /** Every id of the tenant under the names a JSON body would give them. */
    String idsBody() {
        return "{\"id\":" + id(Kind.INVOICE) + ",\"tenantId\":" + tenantId + ",\"userId\":" + id(Kind.USER)
                + ",\"nodeId\":" + id(Kind.NODE) + ",\"nodeIds\":[" + id(Kind.NODE) + "],\"workloadId\":" + id(Kind.WORKLOAD)
                + ",\"allotmentId\":" + id(Kind.ALLOTMENT) + ",\"approvalId\":" + id(Kind.APPROVAL) + ",\"environmentId\":"
                + id(Kind.ENVIRONMENT) + ",\"notificationId\":" + id(Kind.NOTIFICATION) + ",\"invoiceId\":" + id(Kind.INVOICE)
                + ",\"noteId\":" + id(Kind.CREDIT_NOTE) + ",\"requestId\":" + id(Kind.REQUEST) + ",\"newMainDiskGiB\":3}";
    }

    /** The tenant's rows as they stand: equal before and after means nobody changed any of them. */
    Map<String, String> fingerprint() throws SQLException {
        long environment = id(Kind.ENVIRONMENT);
        var rows = new LinkedHashMap<String, String>();
        rows.put("tenant", TestDatabase.text("select concat_ws('|', name, coalesce(closed_at, 'open'), created_at) from tenant "
                + "where id = ?", tenantId));
        rows.put("users", TestDatabase.text("select group_concat(concat_ws('|', id, email, password_hash, role) order by id) "
                + "from user_account where tenant_id = ?", tenantId));
        rows.put("assignments", TestDatabase.text("select group_concat(concat_ws('|', node_id, selected) order by node_id) "
                + "from assignment where tenant_id = ?", tenantId));
        rows.put("requests", TestDatabase.text("select group_concat(id order by id) from resource_request where tenant_id = ?",
                tenantId));
        rows.put("environment", TestDatabase.text("select concat_ws('|', desired_state, leader_node_id, coalesce(template_id, '-'), "
                + "updated_at) from environment where id = ?", environment));
        rows.put("workloads", TestDatabase.text("select group_concat(concat_ws('|', id, node_id, state, coalesce(container_id, '-'), "
                + "updated_at) order by id) from workload where environment_id = ?", environment));
        rows.put("tasks", TestDatabase.text("select group_concat(concat_ws('|', id, state, coalesce(exit_code, '-'), "
                + "coalesce(ended_at, '-')) order by id) from task where tenant_id = ?", tenantId));
        rows.put("groups", TestDatabase.text("select group_concat(concat_ws('|', node_id, name, updated_at) order by node_id) "
                + "from workload_group where tenant_id = ?", tenantId));
        rows.put("allotments", TestDatabase.text("select group_concat(concat_ws('|', id, main_mib, redirected) order by id) "
                + "from disk_allotment where tenant_id = ?", tenantId));
        rows.put("upgrades", TestDatabase.text("select group_concat(concat_ws('|', id, state, requested_mib, "
                + "coalesce(decided_by, '-')) order by id) from disk_upgrade where tenant_id = ?", tenantId));
        rows.put("approvals", TestDatabase.text("select group_concat(concat_ws('|', id, state, requested_amount, "
                + "coalesce(decided_by, '-')) order by id) from approval where tenant_id = ?", tenantId));
        rows.put("notifications", TestDatabase.text("select group_concat(concat_ws('|', id, kind, text) order by id) "
                + "from notification where tenant_id = ?", tenantId));
        rows.put("invoices", TestDatabase.text("select group_concat(concat_ws('|', id, state, total, credited, "
                + "coalesce(paid_at, '-')) order by id) from invoice where tenant_id = ?", tenantId));
        rows.put("creditNotes", TestDatabase.text("select group_concat(concat_ws('|', c.id, c.total) order by c.id) "
                + "from credit_note c join invoice i on i.id = c.invoice_id where i.tenant_id = ?", tenantId));
        rows.put("plans", TestDatabase.text("select count(*) from tenant_plan where tenant_id = ?", tenantId));
        rows.put("usage", TestDatabase.text("select count(*) from usage_interval where tenant_id = ?", tenantId));
        return rows;
    }

    /** Deletes what {@link #create} made (the tenant and its user stay, as every test's tenants do). */
    void remove() throws SQLException {
        TestDatabase.update("delete from approval where tenant_id = ?", tenantId);
        TestDatabase.update("delete from disk_upgrade where tenant_id = ?", tenantId);
        TestDatabase.update("delete from usage_interval where tenant_id = ?", tenantId);
        TestDatabase.update("delete from disk_allotment where tenant_id = ?", tenantId);
        TestDatabase.update("delete from task where tenant_id = ?", tenantId);
        TestDatabase.update("delete w from workload w join environment e on e.id = w.environment_id where e.tenant_id = ?", tenantId);
        TestDatabase.update("delete from workload_group where tenant_id = ?", tenantId);
        TestDatabase.update("delete from environment where tenant_id = ?", tenantId);
        TestDatabase.update("delete from assignment where tenant_id = ?", tenantId);
        TestDatabase.update("delete from resource_request where tenant_id = ?", tenantId);
        TestDatabase.update("delete from notification where tenant_id = ?", tenantId);
        Invoice.deleteOf(tenantId);
    }
}
