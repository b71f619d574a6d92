-- Budget execution (PP 0030 imports, lines, monthly reviews), compliance reports and their schedules, notifications.
CREATE TABLE "BudgetImports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_BudgetImports" PRIMARY KEY,
    "Year" INTEGER NOT NULL,
    "RegionCode" TEXT NULL,
    "FileName" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "SourceIsUpload" INTEGER NOT NULL,
    "TotalBytes" INTEGER NOT NULL,
    "BytesRead" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "RowsRead" INTEGER NOT NULL,
    "RowsKept" INTEGER NOT NULL,
    "SkippedOtherProgram" INTEGER NOT NULL,
    "SkippedOtherGovernmentLevel" INTEGER NOT NULL,
    "SkippedUnregisteredUbigeo" INTEGER NOT NULL,
    "Error" TEXT NULL,
    "RequestedBy" TEXT NOT NULL,
    "RequestedAt" TEXT NOT NULL,
    "StartedAt" TEXT NULL,
    "FinishedAt" TEXT NULL
);

CREATE TABLE "Notifications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Notifications" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Ubigeo" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Message" TEXT NOT NULL,
    "Link" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ReadAt" TEXT NULL,
    "EmailedAt" TEXT NULL
);

CREATE TABLE "ComplianceReports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ComplianceReports" PRIMARY KEY,
    "RegionCode" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "RequestedBy" TEXT NOT NULL,
    "RequestedAt" TEXT NOT NULL,
    "StartedAt" TEXT NULL,
    "FinishedAt" TEXT NULL,
    "CutOff" TEXT NULL,
    "Pages" INTEGER NULL,
    "Sha256" TEXT NULL,
    "FileKey" TEXT NULL,
    "SizeBytes" INTEGER NULL,
    "Error" TEXT NULL,
    CONSTRAINT "FK_ComplianceReports_Regions_RegionCode" FOREIGN KEY ("RegionCode") REFERENCES "Regions" ("Code") ON DELETE RESTRICT
);

CREATE TABLE "ReportSchedules" (
    "RegionCode" TEXT NOT NULL CONSTRAINT "PK_ReportSchedules" PRIMARY KEY,
    "Cron" TEXT NOT NULL,
    "Enabled" INTEGER NOT NULL,
    "UpdatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    CONSTRAINT "FK_ReportSchedules_Regions_RegionCode" FOREIGN KEY ("RegionCode") REFERENCES "Regions" ("Code") ON DELETE RESTRICT
);

CREATE TABLE "BudgetLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_BudgetLines" PRIMARY KEY AUTOINCREMENT,
    "Year" INTEGER NOT NULL,
    "Ubigeo" TEXT NOT NULL,
    "Month" INTEGER NOT NULL,
    "ExecutingUnit" TEXT NOT NULL,
    "ProductCode" TEXT NOT NULL,
    "ProductName" TEXT NOT NULL,
    "ActivityCode" TEXT NOT NULL,
    "ActivityName" TEXT NOT NULL,
    "Pia" TEXT NOT NULL,
    "Pim" TEXT NOT NULL,
    "Certificado" TEXT NOT NULL,
    "ComprometidoAnual" TEXT NOT NULL,
    "ComprometidoMensual" TEXT NOT NULL,
    "Devengado" TEXT NOT NULL,
    "Girado" TEXT NOT NULL,
    CONSTRAINT "FK_BudgetLines_Municipalities_Ubigeo" FOREIGN KEY ("Ubigeo") REFERENCES "Municipalities" ("Ubigeo") ON DELETE RESTRICT
);

CREATE TABLE "BudgetReviews" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_BudgetReviews" PRIMARY KEY AUTOINCREMENT,
    "Ubigeo" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Month" INTEGER NOT NULL,
    "BehindPace" INTEGER NOT NULL,
    "Justification" TEXT NULL,
    "ReviewedBy" TEXT NOT NULL,
    "ReviewedAt" TEXT NOT NULL,
    CONSTRAINT "FK_BudgetReviews_Municipalities_Ubigeo" FOREIGN KEY ("Ubigeo") REFERENCES "Municipalities" ("Ubigeo") ON DELETE RESTRICT
);

CREATE INDEX "IX_BudgetImports_RequestedAt" ON "BudgetImports" ("RequestedAt");

CREATE INDEX "IX_BudgetLines_Ubigeo" ON "BudgetLines" ("Ubigeo");

CREATE INDEX "IX_BudgetLines_Year_Ubigeo" ON "BudgetLines" ("Year", "Ubigeo");

CREATE UNIQUE INDEX "IX_BudgetReviews_Ubigeo_Year_Month" ON "BudgetReviews" ("Ubigeo", "Year", "Month");

CREATE INDEX "IX_ComplianceReports_RegionCode_RequestedAt" ON "ComplianceReports" ("RegionCode", "RequestedAt");

CREATE UNIQUE INDEX "IX_Notifications_UserId_Key" ON "Notifications" ("UserId", "Key");

CREATE INDEX "IX_Notifications_UserId_ReadAt" ON "Notifications" ("UserId", "ReadAt");
