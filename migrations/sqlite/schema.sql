CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "FullName" TEXT NOT NULL,
    "RegionCode" TEXT NULL,
    "Ubigeo" TEXT NULL,
    "DisabledAt" TEXT NULL,
    "MustChangePassword" INTEGER NOT NULL,
    "LastSignInAt" TEXT NULL,
    "DemoAccount" INTEGER NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);

CREATE TABLE "AuditTrail" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditTrail" PRIMARY KEY AUTOINCREMENT,
    "At" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "UserEmail" TEXT NOT NULL,
    "Address" TEXT NULL,
    "Browser" TEXT NULL,
    "Action" TEXT NOT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "Ubigeo" TEXT NULL,
    "RegionCode" TEXT NULL,
    "Before" TEXT NULL,
    "After" TEXT NULL
);

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
    "FinishedAt" TEXT NULL,
    "UploadDiscardedAt" TEXT NULL
);

CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);

CREATE TABLE "Holidays" (
    "Date" TEXT NOT NULL CONSTRAINT "PK_Holidays" PRIMARY KEY,
    "Name" TEXT NOT NULL
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

CREATE TABLE "ProgramYears" (
    "Year" INTEGER NOT NULL CONSTRAINT "PK_ProgramYears" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "MinimumPoints" INTEGER NOT NULL
);

CREATE TABLE "Regions" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Regions" PRIMARY KEY,
    "Name" TEXT NOT NULL
);

CREATE TABLE "TrainingEvents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_TrainingEvents" PRIMARY KEY,
    "RegionCode" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Topics" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "Hours" TEXT NOT NULL,
    "Modality" TEXT NOT NULL,
    "Place" TEXT NOT NULL,
    "Organiser" TEXT NOT NULL,
    "TargetPositions" TEXT NOT NULL,
    "RequirementCodes" TEXT NOT NULL
);

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "UserSessions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_UserSessions" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "StartedAt" TEXT NOT NULL,
    "EndedAt" TEXT NULL,
    "PendingStep" INTEGER NOT NULL,
    CONSTRAINT "FK_UserSessions_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Commitments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Commitments" PRIMARY KEY,
    "Year" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Sector" TEXT NOT NULL,
    CONSTRAINT "FK_Commitments_ProgramYears_Year" FOREIGN KEY ("Year") REFERENCES "ProgramYears" ("Year") ON DELETE CASCADE
);

CREATE TABLE "ComplianceReports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ComplianceReports" PRIMARY KEY,
    "RegionCode" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "RequestedBy" TEXT NOT NULL,
    "RequestedAt" TEXT NOT NULL,
    "ScheduledFor" TEXT NULL,
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

CREATE TABLE "Provinces" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Provinces" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "RegionCode" TEXT NOT NULL,
    CONSTRAINT "FK_Provinces_Regions_RegionCode" FOREIGN KEY ("RegionCode") REFERENCES "Regions" ("Code") ON DELETE RESTRICT
);

CREATE TABLE "ReportSchedules" (
    "RegionCode" TEXT NOT NULL CONSTRAINT "PK_ReportSchedules" PRIMARY KEY,
    "Frequency" TEXT NOT NULL,
    "DayOfMonth" INTEGER NOT NULL,
    "DayOfWeek" TEXT NOT NULL,
    "Hour" INTEGER NOT NULL,
    "UpdatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    CONSTRAINT "FK_ReportSchedules_Regions_RegionCode" FOREIGN KEY ("RegionCode") REFERENCES "Regions" ("Code") ON DELETE RESTRICT
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
    "EvidenceFileTypes" TEXT NOT NULL,
    "EvidenceDescription" TEXT NOT NULL,
    "Targets" TEXT NOT NULL,
    CONSTRAINT "FK_Requirements_Commitments_CommitmentId" FOREIGN KEY ("CommitmentId") REFERENCES "Commitments" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Municipalities" (
    "Ubigeo" TEXT NOT NULL CONSTRAINT "PK_Municipalities" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "PiType" TEXT NULL,
    "ExecutingUnitCode" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Municipalities_Provinces_ProvinceCode" FOREIGN KEY ("ProvinceCode") REFERENCES "Provinces" ("Code") ON DELETE RESTRICT
);

CREATE TABLE "Attendance" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Attendance" PRIMARY KEY,
    "TrainingEventId" TEXT NOT NULL,
    "Dni" TEXT NOT NULL,
    "FullName" TEXT NOT NULL,
    "Ubigeo" TEXT NOT NULL,
    "Position" TEXT NOT NULL,
    "Email" TEXT NULL,
    "Phone" TEXT NULL,
    "Status" TEXT NOT NULL,
    "HoursAttended" TEXT NULL,
    CONSTRAINT "FK_Attendance_Municipalities_Ubigeo" FOREIGN KEY ("Ubigeo") REFERENCES "Municipalities" ("Ubigeo") ON DELETE RESTRICT,
    CONSTRAINT "FK_Attendance_TrainingEvents_TrainingEventId" FOREIGN KEY ("TrainingEventId") REFERENCES "TrainingEvents" ("Id") ON DELETE CASCADE
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
    "TrainingEventId" TEXT NULL,
    CONSTRAINT "FK_Submissions_Municipalities_Ubigeo" FOREIGN KEY ("Ubigeo") REFERENCES "Municipalities" ("Ubigeo") ON DELETE RESTRICT,
    CONSTRAINT "FK_Submissions_Requirements_RequirementId" FOREIGN KEY ("RequirementId") REFERENCES "Requirements" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Submissions_TrainingEvents_TrainingEventId" FOREIGN KEY ("TrainingEventId") REFERENCES "TrainingEvents" ("Id") ON DELETE RESTRICT
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

INSERT INTO "AspNetRoles" ("Id", "ConcurrencyStamp", "Name", "NormalizedName")
VALUES ('administrator', 'administrator', 'Administrator', 'ADMINISTRATOR');
SELECT changes();

INSERT INTO "AspNetRoles" ("Id", "ConcurrencyStamp", "Name", "NormalizedName")
VALUES ('budgetofficer', 'budgetofficer', 'BudgetOfficer', 'BUDGETOFFICER');
SELECT changes();

INSERT INTO "AspNetRoles" ("Id", "ConcurrencyStamp", "Name", "NormalizedName")
VALUES ('municipalmanager', 'municipalmanager', 'MunicipalManager', 'MUNICIPALMANAGER');
SELECT changes();

INSERT INTO "AspNetRoles" ("Id", "ConcurrencyStamp", "Name", "NormalizedName")
VALUES ('regionalsecretariat', 'regionalsecretariat', 'RegionalSecretariat', 'REGIONALSECRETARIAT');
SELECT changes();


INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-01-01', 'Año Nuevo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-03-28', 'Jueves Santo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-03-29', 'Viernes Santo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-05-01', 'Día del Trabajo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-06-07', 'Batalla de Arica y Día de la Bandera');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-06-29', 'San Pedro y San Pablo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-07-23', 'Día de la Fuerza Aérea del Perú');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-07-28', 'Fiestas Patrias');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-07-29', 'Fiestas Patrias');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-08-06', 'Batalla de Junín');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-08-30', 'Santa Rosa de Lima');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-10-08', 'Combate de Angamos');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-11-01', 'Día de Todos los Santos');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-12-08', 'Inmaculada Concepción');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-12-09', 'Batalla de Ayacucho');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2024-12-25', 'Navidad');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-01-01', 'Año Nuevo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-04-17', 'Jueves Santo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-04-18', 'Viernes Santo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-05-01', 'Día del Trabajo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-06-07', 'Batalla de Arica y Día de la Bandera');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-06-29', 'San Pedro y San Pablo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-07-23', 'Día de la Fuerza Aérea del Perú');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-07-28', 'Fiestas Patrias');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-07-29', 'Fiestas Patrias');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-08-06', 'Batalla de Junín');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-08-30', 'Santa Rosa de Lima');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-10-08', 'Combate de Angamos');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-11-01', 'Día de Todos los Santos');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-12-08', 'Inmaculada Concepción');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-12-09', 'Batalla de Ayacucho');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2025-12-25', 'Navidad');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-01-01', 'Año Nuevo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-04-02', 'Jueves Santo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-04-03', 'Viernes Santo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-05-01', 'Día del Trabajo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-06-07', 'Batalla de Arica y Día de la Bandera');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-06-29', 'San Pedro y San Pablo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-07-23', 'Día de la Fuerza Aérea del Perú');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-07-28', 'Fiestas Patrias');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-07-29', 'Fiestas Patrias');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-08-06', 'Batalla de Junín');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-08-30', 'Santa Rosa de Lima');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-10-08', 'Combate de Angamos');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-11-01', 'Día de Todos los Santos');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-12-08', 'Inmaculada Concepción');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-12-09', 'Batalla de Ayacucho');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2026-12-25', 'Navidad');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-01-01', 'Año Nuevo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-03-25', 'Jueves Santo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-03-26', 'Viernes Santo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-05-01', 'Día del Trabajo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-06-07', 'Batalla de Arica y Día de la Bandera');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-06-29', 'San Pedro y San Pablo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-07-23', 'Día de la Fuerza Aérea del Perú');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-07-28', 'Fiestas Patrias');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-07-29', 'Fiestas Patrias');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-08-06', 'Batalla de Junín');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-08-30', 'Santa Rosa de Lima');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-10-08', 'Combate de Angamos');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-11-01', 'Día de Todos los Santos');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-12-08', 'Inmaculada Concepción');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-12-09', 'Batalla de Ayacucho');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2027-12-25', 'Navidad');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-01-01', 'Año Nuevo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-04-13', 'Jueves Santo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-04-14', 'Viernes Santo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-05-01', 'Día del Trabajo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-06-07', 'Batalla de Arica y Día de la Bandera');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-06-29', 'San Pedro y San Pablo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-07-23', 'Día de la Fuerza Aérea del Perú');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-07-28', 'Fiestas Patrias');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-07-29', 'Fiestas Patrias');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-08-06', 'Batalla de Junín');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-08-30', 'Santa Rosa de Lima');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-10-08', 'Combate de Angamos');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-11-01', 'Día de Todos los Santos');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-12-08', 'Inmaculada Concepción');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-12-09', 'Batalla de Ayacucho');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2028-12-25', 'Navidad');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-01-01', 'Año Nuevo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-03-29', 'Jueves Santo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-03-30', 'Viernes Santo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-05-01', 'Día del Trabajo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-06-07', 'Batalla de Arica y Día de la Bandera');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-06-29', 'San Pedro y San Pablo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-07-23', 'Día de la Fuerza Aérea del Perú');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-07-28', 'Fiestas Patrias');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-07-29', 'Fiestas Patrias');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-08-06', 'Batalla de Junín');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-08-30', 'Santa Rosa de Lima');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-10-08', 'Combate de Angamos');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-11-01', 'Día de Todos los Santos');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-12-08', 'Inmaculada Concepción');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-12-09', 'Batalla de Ayacucho');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2029-12-25', 'Navidad');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-01-01', 'Año Nuevo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-04-18', 'Jueves Santo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-04-19', 'Viernes Santo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-05-01', 'Día del Trabajo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-06-07', 'Batalla de Arica y Día de la Bandera');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-06-29', 'San Pedro y San Pablo');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-07-23', 'Día de la Fuerza Aérea del Perú');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-07-28', 'Fiestas Patrias');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-07-29', 'Fiestas Patrias');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-08-06', 'Batalla de Junín');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-08-30', 'Santa Rosa de Lima');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-10-08', 'Combate de Angamos');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-11-01', 'Día de Todos los Santos');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-12-08', 'Inmaculada Concepción');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-12-09', 'Batalla de Ayacucho');
SELECT changes();

INSERT INTO "Holidays" ("Date", "Name")
VALUES ('2030-12-25', 'Navidad');
SELECT changes();


CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE UNIQUE INDEX "IX_Attendance_TrainingEventId_Dni" ON "Attendance" ("TrainingEventId", "Dni");

CREATE INDEX "IX_Attendance_Ubigeo" ON "Attendance" ("Ubigeo");

CREATE INDEX "IX_AuditTrail_EntityType_EntityId" ON "AuditTrail" ("EntityType", "EntityId");

CREATE INDEX "IX_AuditTrail_RegionCode_Id" ON "AuditTrail" ("RegionCode", "Id");

CREATE INDEX "IX_AuditTrail_Ubigeo_Id" ON "AuditTrail" ("Ubigeo", "Id");

CREATE INDEX "IX_BudgetImports_RequestedAt" ON "BudgetImports" ("RequestedAt");

CREATE INDEX "IX_BudgetLines_Ubigeo" ON "BudgetLines" ("Ubigeo");

CREATE INDEX "IX_BudgetLines_Year_Ubigeo" ON "BudgetLines" ("Year", "Ubigeo");

CREATE UNIQUE INDEX "IX_BudgetReviews_Ubigeo_Year_Month" ON "BudgetReviews" ("Ubigeo", "Year", "Month");

CREATE UNIQUE INDEX "IX_Commitments_Year_Code" ON "Commitments" ("Year", "Code");

CREATE INDEX "IX_ComplianceReports_RegionCode_RequestedAt" ON "ComplianceReports" ("RegionCode", "RequestedAt");

CREATE UNIQUE INDEX "IX_ComplianceReports_RegionCode_ScheduledFor" ON "ComplianceReports" ("RegionCode", "ScheduledFor");

CREATE INDEX "IX_EvidenceFiles_SubmissionId" ON "EvidenceFiles" ("SubmissionId");

CREATE INDEX "IX_Municipalities_Name" ON "Municipalities" ("Name");

CREATE INDEX "IX_Municipalities_ProvinceCode" ON "Municipalities" ("ProvinceCode");

CREATE UNIQUE INDEX "IX_Notifications_UserId_Key" ON "Notifications" ("UserId", "Key");

CREATE INDEX "IX_Notifications_UserId_ReadAt" ON "Notifications" ("UserId", "ReadAt");

CREATE INDEX "IX_Provinces_RegionCode" ON "Provinces" ("RegionCode");

CREATE INDEX "IX_Requirements_CommitmentId" ON "Requirements" ("CommitmentId");

CREATE UNIQUE INDEX "IX_Requirements_Year_Code" ON "Requirements" ("Year", "Code");

CREATE UNIQUE INDEX "IX_Submissions_OneOpenPerItem" ON "Submissions" ("Ubigeo", "RequirementId") WHERE "Status" IN ('Draft', 'Submitted');

CREATE INDEX "IX_Submissions_RequirementId" ON "Submissions" ("RequirementId");

CREATE INDEX "IX_Submissions_Status_SubmittedAt" ON "Submissions" ("Status", "SubmittedAt");

CREATE INDEX "IX_Submissions_TrainingEventId" ON "Submissions" ("TrainingEventId");

CREATE INDEX "IX_Submissions_Ubigeo_RequirementId_CreatedAt" ON "Submissions" ("Ubigeo", "RequirementId", "CreatedAt");

CREATE INDEX "IX_TrainingEvents_RegionCode_Date" ON "TrainingEvents" ("RegionCode", "Date");

CREATE INDEX "IX_UserSessions_UserId" ON "UserSessions" ("UserId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202061300_Initial', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Regions" ADD "RankingPublishedAt" TEXT NULL;

CREATE TABLE "MonthlyStatuses" (
    "Ubigeo" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Month" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "Score" INTEGER NOT NULL,
    "RecordedAt" TEXT NOT NULL,
    CONSTRAINT "PK_MonthlyStatuses" PRIMARY KEY ("Ubigeo", "Year", "Month"),
    CONSTRAINT "FK_MonthlyStatuses_Municipalities_Ubigeo" FOREIGN KEY ("Ubigeo") REFERENCES "Municipalities" ("Ubigeo") ON DELETE RESTRICT
);

INSERT INTO "AspNetRoles" ("Id", "ConcurrencyStamp", "Name", "NormalizedName")
VALUES ('nationalviewer', 'nationalviewer', 'NationalViewer', 'NATIONALVIEWER');
SELECT changes();


CREATE INDEX "IX_MonthlyStatuses_Year_Month" ON "MonthlyStatuses" ("Year", "Month");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202144015_MonthlyStatusRankingNationalViewer', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "ReferenceStamps" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ReferenceStamps" PRIMARY KEY,
    "Value" TEXT NOT NULL
);

INSERT INTO "ReferenceStamps" ("Id", "Value")
VALUES (1, '6D1F0C2E-5A7B-4E39-9C1D-2F8B3A4E5C60');
SELECT changes();


INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202175603_AddReferenceStamp', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "DataStamps" (
    "Scope" TEXT NOT NULL CONSTRAINT "PK_DataStamps" PRIMARY KEY,
    "Value" INTEGER NOT NULL
);

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('*', 0);
SELECT changes();

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('01', 0);
SELECT changes();

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('02', 0);
SELECT changes();

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('03', 0);
SELECT changes();

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('04', 0);
SELECT changes();

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('05', 0);
SELECT changes();

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('06', 0);
SELECT changes();

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('07', 0);
SELECT changes();

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('08', 0);
SELECT changes();

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('09', 0);
SELECT changes();

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('10', 0);
SELECT changes();

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('11', 0);
SELECT changes();

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('12', 0);
SELECT changes();

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('13', 0);
SELECT changes();

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('14', 0);
SELECT changes();

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('15', 0);
SELECT changes();

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('16', 0);
SELECT changes();

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('17', 0);
SELECT changes();

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('18', 0);
SELECT changes();

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('19', 0);
SELECT changes();

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('20', 0);
SELECT changes();

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('21', 0);
SELECT changes();

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('22', 0);
SELECT changes();

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('23', 0);
SELECT changes();

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('24', 0);
SELECT changes();

INSERT INTO "DataStamps" ("Scope", "Value")
VALUES ('25', 0);
SELECT changes();


INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203021105_AddDataStamps', '10.0.15');

COMMIT;

