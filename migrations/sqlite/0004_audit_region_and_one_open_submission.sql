-- 0004: each audit entry names its region (a region's trail no longer shows other regions' trainings); at most one
-- open (draft or submitted) submission per municipality and requirement, even when two requests race.
ALTER TABLE "AuditTrail" ADD COLUMN "RegionCode" TEXT NULL;

UPDATE "AuditTrail" SET "RegionCode" = substr("Ubigeo", 1, 2) WHERE "Ubigeo" IS NOT NULL;

UPDATE "AuditTrail" SET "RegionCode" = (SELECT "RegionCode" FROM "TrainingEvents" WHERE lower("TrainingEvents"."Id") = lower("AuditTrail"."EntityId"))
WHERE "EntityType" = 'TrainingEvent' AND "Ubigeo" IS NULL;

CREATE INDEX "IX_AuditTrail_RegionCode_Id" ON "AuditTrail" ("RegionCode", "Id");

CREATE UNIQUE INDEX "IX_Submissions_OneOpenPerItem" ON "Submissions" ("Ubigeo", "RequirementId") WHERE "Status" IN ('Draft', 'Submitted');
