package io.hyperchain.web.api.doc;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of approvals, jobs, settings, the spare node and staff accounts; documentation only. */
public final class AdminSchemas {

    private AdminSchemas() {
    }

    @Schema(name = "Approval", description = "A request waiting for an admin: more nodes or a bigger disk")
    public static final class Approval {
        long id;
        String kind;
        long subjectId;
        long tenantId;
        String tenantName;
        String requestedBy;
        String scope;
        long current;
        long requested;
        String why;
        @Schema(enumeration = {"PENDING", "APPLYING", "APPLIED", "REJECTED", "FAILED"}) String state;
        @Schema(format = "date-time") String createdAt;
        @Schema(nullable = true) String decidedBy;
        @Schema(nullable = true) String problem;
    }

    @Schema(name = "Job", description = "A scheduled job, its schedule and its last runs")
    public static final class Job {
        String job;
        String cron;
        List<JobRun> runs;
    }

    @Schema(name = "JobRun")
    public static final class JobRun {
        String period;
        String trigger;
        String instance;
        @Schema(format = "date-time") String startedAt;
        String outcome;
        @Schema(nullable = true, format = "date-time") String finishedAt;
        @Schema(nullable = true) String detail;
        @Schema(nullable = true, description = "CPU time of the threads that did the run's work, in microseconds "
                + "(load-sampling only)") Long cpuMicros;
        @Schema(nullable = true, description = "That CPU time as a share of one core per node sampled over the sampling "
                + "interval, e.g. 0.00015 = 0.015 % (load-sampling only; the budget is 0.001)") Double coreSharePerNode;
    }

    @Schema(name = "JobSchedule", requiredProperties = "cron")
    public static final class Schedule {
        @Schema(description = "A Quartz cron expression", example = "0 0 3 * * ?") String cron;
    }

    @Schema(name = "JobScheduled")
    public static final class Scheduled {
        String job;
        String cron;
    }

    @Schema(name = "JobRunResult", description = "The run's outcome, and the job's own figures as further properties "
            + "(load-sampling: nodes, missing, containers, wallMillis, cpuMillis, coreSharePerNode)",
            additionalProperties = Schema.True.class)
    public static final class RunResult {
        String job;
        String period;
        String outcome;
        String detail;
    }

    @Schema(name = "Settings", type = SchemaType.OBJECT, additionalProperties = Schema.True.class,
            description = "The portal's settings by name: whole numbers, adjustAveraging \"PERIOD\" or \"USAGE_HOURS\", "
                    + "sparePeriod \"week\" or \"month\". A PUT names only the settings it changes; a bad value changes "
                    + "nothing and is a 400 naming its field.")
    public static final class Settings {
    }

    @Schema(name = "Spare", description = "The current spare node and the tenants it joins at their next start")
    public static final class Spare {
        @Schema(nullable = true) SpareNode spare;
        long thresholdPercent;
        List<SpareTenant> tenants;
    }

    @Schema(name = "SpareNode")
    public static final class SpareNode {
        long nodeId;
        String name;
        String period;
        double averageLoad;
    }

    @Schema(name = "SpareTenant")
    public static final class SpareTenant {
        long id;
        @Schema(nullable = true) String name;
        double averageLoadPercent;
    }

    @Schema(name = "StaffAccountRequest", requiredProperties = {"email", "password", "role"})
    public static final class StaffRequest {
        @Schema(format = "email") String email;
        @Schema(format = "password") String password;
        @Schema(enumeration = {"ADMIN", "ACCOUNTANT"}) String role;
    }

    @Schema(name = "StaffAccount")
    public static final class StaffAccount {
        long id;
        String email;
        String role;
    }
}
