-- 0002: program catalogue (years, commitments, requirements), submissions with evidence files, holidays
-- (national holidays 2024-2030 seeded; administrators edit them), and the audit trail.
CREATE TABLE "AuditTrail" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditTrail" PRIMARY KEY AUTOINCREMENT,
    "At" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "UserEmail" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "Ubigeo" TEXT NULL,
    "Before" TEXT NULL,
    "After" TEXT NULL
);

CREATE TABLE "Holidays" (
    "Date" TEXT NOT NULL CONSTRAINT "PK_Holidays" PRIMARY KEY,
    "Name" TEXT NOT NULL
);

CREATE TABLE "ProgramYears" (
    "Year" INTEGER NOT NULL CONSTRAINT "PK_ProgramYears" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "MinimumPoints" INTEGER NOT NULL
);

CREATE TABLE "Commitments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Commitments" PRIMARY KEY,
    "Year" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Sector" TEXT NOT NULL,
    CONSTRAINT "FK_Commitments_ProgramYears_Year" FOREIGN KEY ("Year") REFERENCES "ProgramYears" ("Year") ON DELETE CASCADE
);

CREATE TABLE "Requirements" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Requirements" PRIMARY KEY,
    "CommitmentId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "Points" INTEGER NOT NULL,
    "Mandatory" INTEGER NOT NULL,
    "AppliesTo" TEXT NOT NULL,
    "Unit" TEXT NULL,
    "Targets" TEXT NOT NULL,
    "EvidenceFileTypes" TEXT NOT NULL,
    "EvidenceDescription" TEXT NOT NULL,
    CONSTRAINT "FK_Requirements_Commitments_CommitmentId" FOREIGN KEY ("CommitmentId") REFERENCES "Commitments" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Submissions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Submissions" PRIMARY KEY,
    "Ubigeo" TEXT NOT NULL,
    "RequirementId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Note" TEXT NOT NULL,
    "Value" TEXT NULL,
    "PeriodFrom" TEXT NULL,
    "PeriodTo" TEXT NULL,
    "EvidenceDate" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "SubmittedAt" TEXT NULL,
    "ReviewedAt" TEXT NULL,
    "ReviewedBy" TEXT NULL,
    "ReviewReason" TEXT NULL,
    "CorrectionDueDate" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Submissions_Municipalities_Ubigeo" FOREIGN KEY ("Ubigeo") REFERENCES "Municipalities" ("Ubigeo") ON DELETE RESTRICT,
    CONSTRAINT "FK_Submissions_Requirements_RequirementId" FOREIGN KEY ("RequirementId") REFERENCES "Requirements" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "EvidenceFiles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_EvidenceFiles" PRIMARY KEY,
    "SubmissionId" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "StorageKey" TEXT NOT NULL,
    CONSTRAINT "FK_EvidenceFiles_Submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES "Submissions" ("Id") ON DELETE CASCADE
);

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-01-01', 'Año Nuevo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-03-28', 'Jueves Santo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-03-29', 'Viernes Santo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-05-01', 'Día del Trabajo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-06-07', 'Batalla de Arica y Día de la Bandera');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-06-29', 'San Pedro y San Pablo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-07-23', 'Día de la Fuerza Aérea del Perú');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-07-28', 'Fiestas Patrias');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-07-29', 'Fiestas Patrias');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-08-06', 'Batalla de Junín');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-08-30', 'Santa Rosa de Lima');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-10-08', 'Combate de Angamos');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-11-01', 'Día de Todos los Santos');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-12-08', 'Inmaculada Concepción');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-12-09', 'Batalla de Ayacucho');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-12-25', 'Navidad');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-01-01', 'Año Nuevo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-04-17', 'Jueves Santo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-04-18', 'Viernes Santo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-05-01', 'Día del Trabajo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-06-07', 'Batalla de Arica y Día de la Bandera');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-06-29', 'San Pedro y San Pablo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-07-23', 'Día de la Fuerza Aérea del Perú');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-07-28', 'Fiestas Patrias');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-07-29', 'Fiestas Patrias');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-08-06', 'Batalla de Junín');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-08-30', 'Santa Rosa de Lima');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-10-08', 'Combate de Angamos');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-11-01', 'Día de Todos los Santos');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-12-08', 'Inmaculada Concepción');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-12-09', 'Batalla de Ayacucho');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-12-25', 'Navidad');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-01-01', 'Año Nuevo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-04-02', 'Jueves Santo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-04-03', 'Viernes Santo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-05-01', 'Día del Trabajo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-06-07', 'Batalla de Arica y Día de la Bandera');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-06-29', 'San Pedro y San Pablo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-07-23', 'Día de la Fuerza Aérea del Perú');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-07-28', 'Fiestas Patrias');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-07-29', 'Fiestas Patrias');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-08-06', 'Batalla de Junín');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-08-30', 'Santa Rosa de Lima');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-10-08', 'Combate de Angamos');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-11-01', 'Día de Todos los Santos');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-12-08', 'Inmaculada Concepción');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-12-09', 'Batalla de Ayacucho');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-12-25', 'Navidad');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-01-01', 'Año Nuevo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-03-25', 'Jueves Santo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-03-26', 'Viernes Santo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-05-01', 'Día del Trabajo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-06-07', 'Batalla de Arica y Día de la Bandera');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-06-29', 'San Pedro y San Pablo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-07-23', 'Día de la Fuerza Aérea del Perú');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-07-28', 'Fiestas Patrias');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-07-29', 'Fiestas Patrias');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-08-06', 'Batalla de Junín');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-08-30', 'Santa Rosa de Lima');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-10-08', 'Combate de Angamos');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-11-01', 'Día de Todos los Santos');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-12-08', 'Inmaculada Concepción');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-12-09', 'Batalla de Ayacucho');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-12-25', 'Navidad');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-01-01', 'Año Nuevo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-04-13', 'Jueves Santo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-04-14', 'Viernes Santo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-05-01', 'Día del Trabajo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-06-07', 'Batalla de Arica y Día de la Bandera');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-06-29', 'San Pedro y San Pablo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-07-23', 'Día de la Fuerza Aérea del Perú');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-07-28', 'Fiestas Patrias');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-07-29', 'Fiestas Patrias');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-08-06', 'Batalla de Junín');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-08-30', 'Santa Rosa de Lima');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-10-08', 'Combate de Angamos');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-11-01', 'Día de Todos los Santos');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-12-08', 'Inmaculada Concepción');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-12-09', 'Batalla de Ayacucho');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-12-25', 'Navidad');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-01-01', 'Año Nuevo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-03-29', 'Jueves Santo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-03-30', 'Viernes Santo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-05-01', 'Día del Trabajo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-06-07', 'Batalla de Arica y Día de la Bandera');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-06-29', 'San Pedro y San Pablo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-07-23', 'Día de la Fuerza Aérea del Perú');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-07-28', 'Fiestas Patrias');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-07-29', 'Fiestas Patrias');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-08-06', 'Batalla de Junín');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-08-30', 'Santa Rosa de Lima');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-10-08', 'Combate de Angamos');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-11-01', 'Día de Todos los Santos');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-12-08', 'Inmaculada Concepción');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-12-09', 'Batalla de Ayacucho');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-12-25', 'Navidad');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-01-01', 'Año Nuevo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-04-18', 'Jueves Santo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-04-19', 'Viernes Santo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-05-01', 'Día del Trabajo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-06-07', 'Batalla de Arica y Día de la Bandera');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-06-29', 'San Pedro y San Pablo');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-07-23', 'Día de la Fuerza Aérea del Perú');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-07-28', 'Fiestas Patrias');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-07-29', 'Fiestas Patrias');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-08-06', 'Batalla de Junín');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-08-30', 'Santa Rosa de Lima');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-10-08', 'Combate de Angamos');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-11-01', 'Día de Todos los Santos');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-12-08', 'Inmaculada Concepción');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-12-09', 'Batalla de Ayacucho');

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-12-25', 'Navidad');

CREATE INDEX "IX_AuditTrail_EntityType_EntityId" ON "AuditTrail" ("EntityType", "EntityId");

CREATE INDEX "IX_AuditTrail_Ubigeo_Id" ON "AuditTrail" ("Ubigeo", "Id");

CREATE UNIQUE INDEX "IX_Commitments_Year_Code" ON "Commitments" ("Year", "Code");

CREATE INDEX "IX_EvidenceFiles_SubmissionId" ON "EvidenceFiles" ("SubmissionId");

CREATE INDEX "IX_Requirements_CommitmentId" ON "Requirements" ("CommitmentId");

CREATE UNIQUE INDEX "IX_Requirements_Year_Code" ON "Requirements" ("Year", "Code");

CREATE INDEX "IX_Submissions_RequirementId" ON "Submissions" ("RequirementId");

CREATE INDEX "IX_Submissions_Status_SubmittedAt" ON "Submissions" ("Status", "SubmittedAt");

CREATE INDEX "IX_Submissions_Ubigeo_RequirementId_CreatedAt" ON "Submissions" ("Ubigeo", "RequirementId", "CreatedAt");
