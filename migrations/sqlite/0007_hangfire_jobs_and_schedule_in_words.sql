-- 0007: Hangfire runs the jobs (its tables live in their own file, jobs.db, created by Hangfire itself), so Quartz's go;
-- a region's report schedule in words instead of a cron expression (an enabled one becomes monthly on the 1st at 07:00);
-- one scheduled report per region and Lima day; a failed import's upload is kept, for a retry, until it is discarded.
DROP TABLE IF EXISTS QRTZ_FIRED_TRIGGERS;
DROP TABLE IF EXISTS QRTZ_PAUSED_TRIGGER_GRPS;
DROP TABLE IF EXISTS QRTZ_SCHEDULER_STATE;
DROP TABLE IF EXISTS QRTZ_LOCKS;
DROP TABLE IF EXISTS QRTZ_SIMPROP_TRIGGERS;
DROP TABLE IF EXISTS QRTZ_SIMPLE_TRIGGERS;
DROP TABLE IF EXISTS QRTZ_CRON_TRIGGERS;
DROP TABLE IF EXISTS QRTZ_BLOB_TRIGGERS;
DROP TABLE IF EXISTS QRTZ_TRIGGERS;
DROP TABLE IF EXISTS QRTZ_JOB_DETAILS;
DROP TABLE IF EXISTS QRTZ_CALENDARS;

CREATE TABLE "ReportSchedules_new" (
    "RegionCode" TEXT NOT NULL CONSTRAINT "PK_ReportSchedules" PRIMARY KEY,
    "Frequency" TEXT NOT NULL,
    "DayOfMonth" INTEGER NOT NULL,
    "DayOfWeek" TEXT NOT NULL,
    "Hour" INTEGER NOT NULL,
    "UpdatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    CONSTRAINT "FK_ReportSchedules_Regions_RegionCode" FOREIGN KEY ("RegionCode") REFERENCES "Regions" ("Code") ON DELETE RESTRICT
);
INSERT INTO "ReportSchedules_new" ("RegionCode", "Frequency", "DayOfMonth", "DayOfWeek", "Hour", "UpdatedBy", "UpdatedAt")
SELECT "RegionCode", CASE WHEN "Enabled" THEN 'Monthly' ELSE 'Off' END, 1, 'Monday', 7, "UpdatedBy", "UpdatedAt" FROM "ReportSchedules";
DROP TABLE "ReportSchedules";
ALTER TABLE "ReportSchedules_new" RENAME TO "ReportSchedules";

ALTER TABLE "ComplianceReports" ADD COLUMN "ScheduledFor" TEXT NULL;
CREATE UNIQUE INDEX "IX_ComplianceReports_RegionCode_ScheduledFor" ON "ComplianceReports" ("RegionCode", "ScheduledFor");

ALTER TABLE "BudgetImports" ADD COLUMN "UploadDiscardedAt" TEXT NULL;
UPDATE "BudgetImports" SET "UploadDiscardedAt" = "FinishedAt" WHERE "SourceIsUpload" AND "FinishedAt" IS NOT NULL;
