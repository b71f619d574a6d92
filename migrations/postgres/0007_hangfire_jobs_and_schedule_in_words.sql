-- 0007: Hangfire runs the jobs (its tables live in the "hangfire" schema, created by Hangfire itself), so Quartz's go;
-- a region's report schedule in words instead of a cron expression (an enabled one becomes monthly on the 1st at 07:00);
-- one scheduled report per region and Lima day; a failed import's upload is kept, for a retry, until it is discarded.
DROP TABLE IF EXISTS qrtz_fired_triggers;
DROP TABLE IF EXISTS qrtz_paused_trigger_grps;
DROP TABLE IF EXISTS qrtz_scheduler_state;
DROP TABLE IF EXISTS qrtz_locks;
DROP TABLE IF EXISTS qrtz_simprop_triggers;
DROP TABLE IF EXISTS qrtz_simple_triggers;
DROP TABLE IF EXISTS qrtz_cron_triggers;
DROP TABLE IF EXISTS qrtz_blob_triggers;
DROP TABLE IF EXISTS qrtz_triggers;
DROP TABLE IF EXISTS qrtz_job_details;
DROP TABLE IF EXISTS qrtz_calendars;

ALTER TABLE "ReportSchedules" ADD "Frequency" character varying(10) NOT NULL DEFAULT 'Off';
ALTER TABLE "ReportSchedules" ADD "DayOfMonth" integer NOT NULL DEFAULT 1;
ALTER TABLE "ReportSchedules" ADD "DayOfWeek" character varying(10) NOT NULL DEFAULT 'Monday';
ALTER TABLE "ReportSchedules" ADD "Hour" integer NOT NULL DEFAULT 7;
UPDATE "ReportSchedules" SET "Frequency" = 'Monthly' WHERE "Enabled";
ALTER TABLE "ReportSchedules" DROP COLUMN "Cron", DROP COLUMN "Enabled",
    ALTER COLUMN "Frequency" DROP DEFAULT, ALTER COLUMN "DayOfMonth" DROP DEFAULT, ALTER COLUMN "DayOfWeek" DROP DEFAULT, ALTER COLUMN "Hour" DROP DEFAULT;

ALTER TABLE "ComplianceReports" ADD "ScheduledFor" date NULL;
CREATE UNIQUE INDEX "IX_ComplianceReports_RegionCode_ScheduledFor" ON "ComplianceReports" ("RegionCode", "ScheduledFor");

ALTER TABLE "BudgetImports" ADD "UploadDiscardedAt" timestamp with time zone NULL;
UPDATE "BudgetImports" SET "UploadDiscardedAt" = "FinishedAt" WHERE "SourceIsUpload" AND "FinishedAt" IS NOT NULL;
