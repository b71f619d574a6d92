IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(64) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(64) NOT NULL,
        [FullName] nvarchar(200) NOT NULL,
        [RegionCode] nvarchar(2) NULL,
        [Ubigeo] nvarchar(6) NULL,
        [DisabledAt] datetime2 NULL,
        [MustChangePassword] bit NOT NULL,
        [LastSignInAt] datetime2 NULL,
        [DemoAccount] bit NOT NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [AuditTrail] (
        [Id] bigint NOT NULL IDENTITY,
        [At] datetime2 NOT NULL,
        [UserId] nvarchar(64) NOT NULL,
        [UserEmail] nvarchar(256) NOT NULL,
        [Address] nvarchar(45) NULL,
        [Browser] nvarchar(300) NULL,
        [Action] nvarchar(60) NOT NULL,
        [EntityType] nvarchar(40) NOT NULL,
        [EntityId] nvarchar(64) NOT NULL,
        [Ubigeo] nvarchar(6) NULL,
        [RegionCode] nvarchar(2) NULL,
        [Before] nvarchar(max) NULL,
        [After] nvarchar(max) NULL,
        CONSTRAINT [PK_AuditTrail] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [BudgetImports] (
        [Id] uniqueidentifier NOT NULL,
        [Year] int NOT NULL,
        [RegionCode] nvarchar(2) NULL,
        [FileName] nvarchar(260) NOT NULL,
        [Source] nvarchar(1000) NOT NULL,
        [SourceIsUpload] bit NOT NULL,
        [TotalBytes] bigint NOT NULL,
        [BytesRead] bigint NOT NULL,
        [Status] nvarchar(10) NOT NULL,
        [RowsRead] bigint NOT NULL,
        [RowsKept] bigint NOT NULL,
        [SkippedOtherProgram] bigint NOT NULL,
        [SkippedOtherGovernmentLevel] bigint NOT NULL,
        [SkippedUnregisteredUbigeo] bigint NOT NULL,
        [Error] nvarchar(2000) NULL,
        [RequestedBy] nvarchar(256) NOT NULL,
        [RequestedAt] datetime2 NOT NULL,
        [StartedAt] datetime2 NULL,
        [FinishedAt] datetime2 NULL,
        [UploadDiscardedAt] datetime2 NULL,
        CONSTRAINT [PK_BudgetImports] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(200) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [Holidays] (
        [Date] date NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_Holidays] PRIMARY KEY ([Date])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [Notifications] (
        [Id] bigint NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [Key] nvarchar(200) NOT NULL,
        [Ubigeo] nvarchar(6) NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Message] nvarchar(1000) NOT NULL,
        [Link] nvarchar(300) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [ReadAt] datetime2 NULL,
        [EmailedAt] datetime2 NULL,
        CONSTRAINT [PK_Notifications] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [ProgramYears] (
        [Year] int NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [MinimumPoints] int NOT NULL,
        CONSTRAINT [PK_ProgramYears] PRIMARY KEY ([Year])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [Regions] (
        [Code] nvarchar(2) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_Regions] PRIMARY KEY ([Code])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [TrainingEvents] (
        [Id] uniqueidentifier NOT NULL,
        [RegionCode] nvarchar(2) NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Topics] nvarchar(2000) NOT NULL,
        [Date] date NOT NULL,
        [Hours] decimal(6,2) NOT NULL,
        [Modality] nvarchar(10) NOT NULL,
        [Place] nvarchar(300) NOT NULL,
        [Organiser] nvarchar(300) NOT NULL,
        [TargetPositions] nvarchar(max) NOT NULL,
        [RequirementCodes] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_TrainingEvents] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(64) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(64) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(128) NOT NULL,
        [ProviderKey] nvarchar(128) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] nvarchar(64) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(64) NOT NULL,
        [RoleId] nvarchar(64) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(64) NOT NULL,
        [LoginProvider] nvarchar(128) NOT NULL,
        [Name] nvarchar(128) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [UserSessions] (
        [Id] uniqueidentifier NOT NULL,
        [UserId] nvarchar(64) NOT NULL,
        [StartedAt] datetime2 NOT NULL,
        [EndedAt] datetime2 NULL,
        [PendingStep] int NOT NULL,
        CONSTRAINT [PK_UserSessions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_UserSessions_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [Commitments] (
        [Id] uniqueidentifier NOT NULL,
        [Year] int NOT NULL,
        [Code] nvarchar(20) NOT NULL,
        [Name] nvarchar(300) NOT NULL,
        [Sector] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_Commitments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Commitments_ProgramYears_Year] FOREIGN KEY ([Year]) REFERENCES [ProgramYears] ([Year]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [ComplianceReports] (
        [Id] uniqueidentifier NOT NULL,
        [RegionCode] nvarchar(2) NOT NULL,
        [Year] int NOT NULL,
        [Status] nvarchar(10) NOT NULL,
        [RequestedBy] nvarchar(256) NOT NULL,
        [RequestedAt] datetime2 NOT NULL,
        [ScheduledFor] date NULL,
        [StartedAt] datetime2 NULL,
        [FinishedAt] datetime2 NULL,
        [CutOff] date NULL,
        [Pages] int NULL,
        [Sha256] nvarchar(64) NULL,
        [FileKey] nvarchar(200) NULL,
        [SizeBytes] bigint NULL,
        [Error] nvarchar(2000) NULL,
        CONSTRAINT [PK_ComplianceReports] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ComplianceReports_Regions_RegionCode] FOREIGN KEY ([RegionCode]) REFERENCES [Regions] ([Code]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [Provinces] (
        [Code] nvarchar(4) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [RegionCode] nvarchar(2) NOT NULL,
        CONSTRAINT [PK_Provinces] PRIMARY KEY ([Code]),
        CONSTRAINT [FK_Provinces_Regions_RegionCode] FOREIGN KEY ([RegionCode]) REFERENCES [Regions] ([Code]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [ReportSchedules] (
        [RegionCode] nvarchar(2) NOT NULL,
        [Frequency] nvarchar(10) NOT NULL,
        [DayOfMonth] int NOT NULL,
        [DayOfWeek] nvarchar(10) NOT NULL,
        [Hour] int NOT NULL,
        [UpdatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        CONSTRAINT [PK_ReportSchedules] PRIMARY KEY ([RegionCode]),
        CONSTRAINT [FK_ReportSchedules_Regions_RegionCode] FOREIGN KEY ([RegionCode]) REFERENCES [Regions] ([Code]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [Requirements] (
        [Id] uniqueidentifier NOT NULL,
        [CommitmentId] uniqueidentifier NOT NULL,
        [Year] int NOT NULL,
        [Code] nvarchar(20) NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Description] nvarchar(4000) NOT NULL,
        [Kind] nvarchar(12) NOT NULL,
        [DueDate] date NOT NULL,
        [Points] int NOT NULL,
        [Mandatory] bit NOT NULL,
        [AppliesTo] nvarchar(max) NOT NULL,
        [Unit] nvarchar(50) NULL,
        [EvidenceFileTypes] nvarchar(max) NOT NULL,
        [EvidenceDescription] nvarchar(2000) NOT NULL,
        [Targets] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_Requirements] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Requirements_Commitments_CommitmentId] FOREIGN KEY ([CommitmentId]) REFERENCES [Commitments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [Municipalities] (
        [Ubigeo] nvarchar(6) NOT NULL,
        [Name] nvarchar(150) NOT NULL,
        [ProvinceCode] nvarchar(4) NOT NULL,
        [Kind] nvarchar(12) NOT NULL,
        [PiType] nvarchar(1) NULL,
        [ExecutingUnitCode] nvarchar(10) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Municipalities] PRIMARY KEY ([Ubigeo]),
        CONSTRAINT [FK_Municipalities_Provinces_ProvinceCode] FOREIGN KEY ([ProvinceCode]) REFERENCES [Provinces] ([Code]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [Attendance] (
        [Id] uniqueidentifier NOT NULL,
        [TrainingEventId] uniqueidentifier NOT NULL,
        [Dni] nvarchar(8) NOT NULL,
        [FullName] nvarchar(200) NOT NULL,
        [Ubigeo] nvarchar(6) NOT NULL,
        [Position] nvarchar(20) NOT NULL,
        [Email] nvarchar(256) NULL,
        [Phone] nvarchar(30) NULL,
        [Status] nvarchar(12) NOT NULL,
        [HoursAttended] decimal(6,2) NULL,
        CONSTRAINT [PK_Attendance] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Attendance_Municipalities_Ubigeo] FOREIGN KEY ([Ubigeo]) REFERENCES [Municipalities] ([Ubigeo]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Attendance_TrainingEvents_TrainingEventId] FOREIGN KEY ([TrainingEventId]) REFERENCES [TrainingEvents] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [BudgetLines] (
        [Id] bigint NOT NULL IDENTITY,
        [Year] int NOT NULL,
        [Ubigeo] nvarchar(6) NOT NULL,
        [Month] int NOT NULL,
        [ExecutingUnit] nvarchar(10) NOT NULL,
        [ProductCode] nvarchar(10) NOT NULL,
        [ProductName] nvarchar(300) NOT NULL,
        [ActivityCode] nvarchar(10) NOT NULL,
        [ActivityName] nvarchar(300) NOT NULL,
        [Pia] decimal(18,2) NOT NULL,
        [Pim] decimal(18,2) NOT NULL,
        [Certificado] decimal(18,2) NOT NULL,
        [ComprometidoAnual] decimal(18,2) NOT NULL,
        [ComprometidoMensual] decimal(18,2) NOT NULL,
        [Devengado] decimal(18,2) NOT NULL,
        [Girado] decimal(18,2) NOT NULL,
        CONSTRAINT [PK_BudgetLines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_BudgetLines_Municipalities_Ubigeo] FOREIGN KEY ([Ubigeo]) REFERENCES [Municipalities] ([Ubigeo]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [BudgetReviews] (
        [Id] bigint NOT NULL IDENTITY,
        [Ubigeo] nvarchar(6) NOT NULL,
        [Year] int NOT NULL,
        [Month] int NOT NULL,
        [BehindPace] bit NOT NULL,
        [Justification] nvarchar(2000) NULL,
        [ReviewedBy] nvarchar(256) NOT NULL,
        [ReviewedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_BudgetReviews] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_BudgetReviews_Municipalities_Ubigeo] FOREIGN KEY ([Ubigeo]) REFERENCES [Municipalities] ([Ubigeo]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [Submissions] (
        [Id] uniqueidentifier NOT NULL,
        [Ubigeo] nvarchar(6) NOT NULL,
        [RequirementId] uniqueidentifier NOT NULL,
        [Status] nvarchar(12) NOT NULL,
        [Note] nvarchar(4000) NOT NULL,
        [Value] decimal(18,4) NULL,
        [PeriodFrom] date NULL,
        [PeriodTo] date NULL,
        [EvidenceDate] date NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(64) NOT NULL,
        [SubmittedAt] datetime2 NULL,
        [ReviewedAt] datetime2 NULL,
        [ReviewedBy] nvarchar(64) NULL,
        [ReviewReason] nvarchar(4000) NULL,
        [CorrectionDueDate] date NULL,
        [Version] int NOT NULL,
        [TrainingEventId] uniqueidentifier NULL,
        CONSTRAINT [PK_Submissions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Submissions_Municipalities_Ubigeo] FOREIGN KEY ([Ubigeo]) REFERENCES [Municipalities] ([Ubigeo]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Submissions_Requirements_RequirementId] FOREIGN KEY ([RequirementId]) REFERENCES [Requirements] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Submissions_TrainingEvents_TrainingEventId] FOREIGN KEY ([TrainingEventId]) REFERENCES [TrainingEvents] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE TABLE [EvidenceFiles] (
        [Id] uniqueidentifier NOT NULL,
        [SubmissionId] uniqueidentifier NOT NULL,
        [FileName] nvarchar(255) NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [Size] bigint NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [StorageKey] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_EvidenceFiles] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EvidenceFiles_Submissions_SubmissionId] FOREIGN KEY ([SubmissionId]) REFERENCES [Submissions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'ConcurrencyStamp', N'Name', N'NormalizedName') AND [object_id] = OBJECT_ID(N'[AspNetRoles]'))
        SET IDENTITY_INSERT [AspNetRoles] ON;
    EXEC(N'INSERT INTO [AspNetRoles] ([Id], [ConcurrencyStamp], [Name], [NormalizedName])
    VALUES (N''administrator'', N''administrator'', N''Administrator'', N''ADMINISTRATOR''),
    (N''budgetofficer'', N''budgetofficer'', N''BudgetOfficer'', N''BUDGETOFFICER''),
    (N''municipalmanager'', N''municipalmanager'', N''MunicipalManager'', N''MUNICIPALMANAGER''),
    (N''regionalsecretariat'', N''regionalsecretariat'', N''RegionalSecretariat'', N''REGIONALSECRETARIAT'')');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'ConcurrencyStamp', N'Name', N'NormalizedName') AND [object_id] = OBJECT_ID(N'[AspNetRoles]'))
        SET IDENTITY_INSERT [AspNetRoles] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Date', N'Name') AND [object_id] = OBJECT_ID(N'[Holidays]'))
        SET IDENTITY_INSERT [Holidays] ON;
    EXEC(N'INSERT INTO [Holidays] ([Date], [Name])
    VALUES (''2024-01-01'', N''Año Nuevo''),
    (''2024-03-28'', N''Jueves Santo''),
    (''2024-03-29'', N''Viernes Santo''),
    (''2024-05-01'', N''Día del Trabajo''),
    (''2024-06-07'', N''Batalla de Arica y Día de la Bandera''),
    (''2024-06-29'', N''San Pedro y San Pablo''),
    (''2024-07-23'', N''Día de la Fuerza Aérea del Perú''),
    (''2024-07-28'', N''Fiestas Patrias''),
    (''2024-07-29'', N''Fiestas Patrias''),
    (''2024-08-06'', N''Batalla de Junín''),
    (''2024-08-30'', N''Santa Rosa de Lima''),
    (''2024-10-08'', N''Combate de Angamos''),
    (''2024-11-01'', N''Día de Todos los Santos''),
    (''2024-12-08'', N''Inmaculada Concepción''),
    (''2024-12-09'', N''Batalla de Ayacucho''),
    (''2024-12-25'', N''Navidad''),
    (''2025-01-01'', N''Año Nuevo''),
    (''2025-04-17'', N''Jueves Santo''),
    (''2025-04-18'', N''Viernes Santo''),
    (''2025-05-01'', N''Día del Trabajo''),
    (''2025-06-07'', N''Batalla de Arica y Día de la Bandera''),
    (''2025-06-29'', N''San Pedro y San Pablo''),
    (''2025-07-23'', N''Día de la Fuerza Aérea del Perú''),
    (''2025-07-28'', N''Fiestas Patrias''),
    (''2025-07-29'', N''Fiestas Patrias''),
    (''2025-08-06'', N''Batalla de Junín''),
    (''2025-08-30'', N''Santa Rosa de Lima''),
    (''2025-10-08'', N''Combate de Angamos''),
    (''2025-11-01'', N''Día de Todos los Santos''),
    (''2025-12-08'', N''Inmaculada Concepción''),
    (''2025-12-09'', N''Batalla de Ayacucho''),
    (''2025-12-25'', N''Navidad''),
    (''2026-01-01'', N''Año Nuevo''),
    (''2026-04-02'', N''Jueves Santo''),
    (''2026-04-03'', N''Viernes Santo''),
    (''2026-05-01'', N''Día del Trabajo''),
    (''2026-06-07'', N''Batalla de Arica y Día de la Bandera''),
    (''2026-06-29'', N''San Pedro y San Pablo''),
    (''2026-07-23'', N''Día de la Fuerza Aérea del Perú''),
    (''2026-07-28'', N''Fiestas Patrias''),
    (''2026-07-29'', N''Fiestas Patrias''),
    (''2026-08-06'', N''Batalla de Junín'');
    INSERT INTO [Holidays] ([Date], [Name])
    VALUES (''2026-08-30'', N''Santa Rosa de Lima''),
    (''2026-10-08'', N''Combate de Angamos''),
    (''2026-11-01'', N''Día de Todos los Santos''),
    (''2026-12-08'', N''Inmaculada Concepción''),
    (''2026-12-09'', N''Batalla de Ayacucho''),
    (''2026-12-25'', N''Navidad''),
    (''2027-01-01'', N''Año Nuevo''),
    (''2027-03-25'', N''Jueves Santo''),
    (''2027-03-26'', N''Viernes Santo''),
    (''2027-05-01'', N''Día del Trabajo''),
    (''2027-06-07'', N''Batalla de Arica y Día de la Bandera''),
    (''2027-06-29'', N''San Pedro y San Pablo''),
    (''2027-07-23'', N''Día de la Fuerza Aérea del Perú''),
    (''2027-07-28'', N''Fiestas Patrias''),
    (''2027-07-29'', N''Fiestas Patrias''),
    (''2027-08-06'', N''Batalla de Junín''),
    (''2027-08-30'', N''Santa Rosa de Lima''),
    (''2027-10-08'', N''Combate de Angamos''),
    (''2027-11-01'', N''Día de Todos los Santos''),
    (''2027-12-08'', N''Inmaculada Concepción''),
    (''2027-12-09'', N''Batalla de Ayacucho''),
    (''2027-12-25'', N''Navidad''),
    (''2028-01-01'', N''Año Nuevo''),
    (''2028-04-13'', N''Jueves Santo''),
    (''2028-04-14'', N''Viernes Santo''),
    (''2028-05-01'', N''Día del Trabajo''),
    (''2028-06-07'', N''Batalla de Arica y Día de la Bandera''),
    (''2028-06-29'', N''San Pedro y San Pablo''),
    (''2028-07-23'', N''Día de la Fuerza Aérea del Perú''),
    (''2028-07-28'', N''Fiestas Patrias''),
    (''2028-07-29'', N''Fiestas Patrias''),
    (''2028-08-06'', N''Batalla de Junín''),
    (''2028-08-30'', N''Santa Rosa de Lima''),
    (''2028-10-08'', N''Combate de Angamos''),
    (''2028-11-01'', N''Día de Todos los Santos''),
    (''2028-12-08'', N''Inmaculada Concepción''),
    (''2028-12-09'', N''Batalla de Ayacucho''),
    (''2028-12-25'', N''Navidad''),
    (''2029-01-01'', N''Año Nuevo''),
    (''2029-03-29'', N''Jueves Santo''),
    (''2029-03-30'', N''Viernes Santo''),
    (''2029-05-01'', N''Día del Trabajo'');
    INSERT INTO [Holidays] ([Date], [Name])
    VALUES (''2029-06-07'', N''Batalla de Arica y Día de la Bandera''),
    (''2029-06-29'', N''San Pedro y San Pablo''),
    (''2029-07-23'', N''Día de la Fuerza Aérea del Perú''),
    (''2029-07-28'', N''Fiestas Patrias''),
    (''2029-07-29'', N''Fiestas Patrias''),
    (''2029-08-06'', N''Batalla de Junín''),
    (''2029-08-30'', N''Santa Rosa de Lima''),
    (''2029-10-08'', N''Combate de Angamos''),
    (''2029-11-01'', N''Día de Todos los Santos''),
    (''2029-12-08'', N''Inmaculada Concepción''),
    (''2029-12-09'', N''Batalla de Ayacucho''),
    (''2029-12-25'', N''Navidad''),
    (''2030-01-01'', N''Año Nuevo''),
    (''2030-04-18'', N''Jueves Santo''),
    (''2030-04-19'', N''Viernes Santo''),
    (''2030-05-01'', N''Día del Trabajo''),
    (''2030-06-07'', N''Batalla de Arica y Día de la Bandera''),
    (''2030-06-29'', N''San Pedro y San Pablo''),
    (''2030-07-23'', N''Día de la Fuerza Aérea del Perú''),
    (''2030-07-28'', N''Fiestas Patrias''),
    (''2030-07-29'', N''Fiestas Patrias''),
    (''2030-08-06'', N''Batalla de Junín''),
    (''2030-08-30'', N''Santa Rosa de Lima''),
    (''2030-10-08'', N''Combate de Angamos''),
    (''2030-11-01'', N''Día de Todos los Santos''),
    (''2030-12-08'', N''Inmaculada Concepción''),
    (''2030-12-09'', N''Batalla de Ayacucho''),
    (''2030-12-25'', N''Navidad'')');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Date', N'Name') AND [object_id] = OBJECT_ID(N'[Holidays]'))
        SET IDENTITY_INSERT [Holidays] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Attendance_TrainingEventId_Dni] ON [Attendance] ([TrainingEventId], [Dni]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE INDEX [IX_Attendance_Ubigeo] ON [Attendance] ([Ubigeo]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditTrail_EntityType_EntityId] ON [AuditTrail] ([EntityType], [EntityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditTrail_RegionCode_Id] ON [AuditTrail] ([RegionCode], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditTrail_Ubigeo_Id] ON [AuditTrail] ([Ubigeo], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE INDEX [IX_BudgetImports_RequestedAt] ON [BudgetImports] ([RequestedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE INDEX [IX_BudgetLines_Ubigeo] ON [BudgetLines] ([Ubigeo]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE INDEX [IX_BudgetLines_Year_Ubigeo] ON [BudgetLines] ([Year], [Ubigeo]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_BudgetReviews_Ubigeo_Year_Month] ON [BudgetReviews] ([Ubigeo], [Year], [Month]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Commitments_Year_Code] ON [Commitments] ([Year], [Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE INDEX [IX_ComplianceReports_RegionCode_RequestedAt] ON [ComplianceReports] ([RegionCode], [RequestedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_ComplianceReports_RegionCode_ScheduledFor] ON [ComplianceReports] ([RegionCode], [ScheduledFor]) WHERE [ScheduledFor] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE INDEX [IX_EvidenceFiles_SubmissionId] ON [EvidenceFiles] ([SubmissionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE INDEX [IX_Municipalities_Name] ON [Municipalities] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE INDEX [IX_Municipalities_ProvinceCode] ON [Municipalities] ([ProvinceCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Notifications_UserId_Key] ON [Notifications] ([UserId], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE INDEX [IX_Notifications_UserId_ReadAt] ON [Notifications] ([UserId], [ReadAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE INDEX [IX_Provinces_RegionCode] ON [Provinces] ([RegionCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE INDEX [IX_Requirements_CommitmentId] ON [Requirements] ([CommitmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Requirements_Year_Code] ON [Requirements] ([Year], [Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Submissions_OneOpenPerItem] ON [Submissions] ([Ubigeo], [RequirementId]) WHERE "Status" IN (''Draft'', ''Submitted'')');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE INDEX [IX_Submissions_RequirementId] ON [Submissions] ([RequirementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE INDEX [IX_Submissions_Status_SubmittedAt] ON [Submissions] ([Status], [SubmittedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE INDEX [IX_Submissions_TrainingEventId] ON [Submissions] ([TrainingEventId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE INDEX [IX_Submissions_Ubigeo_RequirementId_CreatedAt] ON [Submissions] ([Ubigeo], [RequirementId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE INDEX [IX_TrainingEvents_RegionCode_Date] ON [TrainingEvents] ([RegionCode], [Date]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    CREATE INDEX [IX_UserSessions_UserId] ON [UserSessions] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061741_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202061741_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144110_MonthlyStatusRankingNationalViewer'
)
BEGIN
    ALTER TABLE [Regions] ADD [RankingPublishedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144110_MonthlyStatusRankingNationalViewer'
)
BEGIN
    CREATE TABLE [MonthlyStatuses] (
        [Ubigeo] nvarchar(6) NOT NULL,
        [Year] int NOT NULL,
        [Month] int NOT NULL,
        [Status] nvarchar(12) NOT NULL,
        [Score] int NOT NULL,
        [RecordedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_MonthlyStatuses] PRIMARY KEY ([Ubigeo], [Year], [Month]),
        CONSTRAINT [FK_MonthlyStatuses_Municipalities_Ubigeo] FOREIGN KEY ([Ubigeo]) REFERENCES [Municipalities] ([Ubigeo]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144110_MonthlyStatusRankingNationalViewer'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'ConcurrencyStamp', N'Name', N'NormalizedName') AND [object_id] = OBJECT_ID(N'[AspNetRoles]'))
        SET IDENTITY_INSERT [AspNetRoles] ON;
    EXEC(N'INSERT INTO [AspNetRoles] ([Id], [ConcurrencyStamp], [Name], [NormalizedName])
    VALUES (N''nationalviewer'', N''nationalviewer'', N''NationalViewer'', N''NATIONALVIEWER'')');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'ConcurrencyStamp', N'Name', N'NormalizedName') AND [object_id] = OBJECT_ID(N'[AspNetRoles]'))
        SET IDENTITY_INSERT [AspNetRoles] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144110_MonthlyStatusRankingNationalViewer'
)
BEGIN
    CREATE INDEX [IX_MonthlyStatuses_Year_Month] ON [MonthlyStatuses] ([Year], [Month]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144110_MonthlyStatusRankingNationalViewer'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202144110_MonthlyStatusRankingNationalViewer', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202175648_AddReferenceStamp'
)
BEGIN
    CREATE TABLE [ReferenceStamps] (
        [Id] int NOT NULL,
        [Value] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ReferenceStamps] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202175648_AddReferenceStamp'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Value') AND [object_id] = OBJECT_ID(N'[ReferenceStamps]'))
        SET IDENTITY_INSERT [ReferenceStamps] ON;
    EXEC(N'INSERT INTO [ReferenceStamps] ([Id], [Value])
    VALUES (1, ''6d1f0c2e-5a7b-4e39-9c1d-2f8b3a4e5c60'')');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Value') AND [object_id] = OBJECT_ID(N'[ReferenceStamps]'))
        SET IDENTITY_INSERT [ReferenceStamps] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202175648_AddReferenceStamp'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202175648_AddReferenceStamp', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203021130_AddDataStamps'
)
BEGIN
    CREATE TABLE [DataStamps] (
        [Scope] nvarchar(2) NOT NULL,
        [Value] bigint NOT NULL,
        CONSTRAINT [PK_DataStamps] PRIMARY KEY ([Scope])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203021130_AddDataStamps'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Scope', N'Value') AND [object_id] = OBJECT_ID(N'[DataStamps]'))
        SET IDENTITY_INSERT [DataStamps] ON;
    EXEC(N'INSERT INTO [DataStamps] ([Scope], [Value])
    VALUES (N''*'', CAST(0 AS bigint)),
    (N''01'', CAST(0 AS bigint)),
    (N''02'', CAST(0 AS bigint)),
    (N''03'', CAST(0 AS bigint)),
    (N''04'', CAST(0 AS bigint)),
    (N''05'', CAST(0 AS bigint)),
    (N''06'', CAST(0 AS bigint)),
    (N''07'', CAST(0 AS bigint)),
    (N''08'', CAST(0 AS bigint)),
    (N''09'', CAST(0 AS bigint)),
    (N''10'', CAST(0 AS bigint)),
    (N''11'', CAST(0 AS bigint)),
    (N''12'', CAST(0 AS bigint)),
    (N''13'', CAST(0 AS bigint)),
    (N''14'', CAST(0 AS bigint)),
    (N''15'', CAST(0 AS bigint)),
    (N''16'', CAST(0 AS bigint)),
    (N''17'', CAST(0 AS bigint)),
    (N''18'', CAST(0 AS bigint)),
    (N''19'', CAST(0 AS bigint)),
    (N''20'', CAST(0 AS bigint)),
    (N''21'', CAST(0 AS bigint)),
    (N''22'', CAST(0 AS bigint)),
    (N''23'', CAST(0 AS bigint)),
    (N''24'', CAST(0 AS bigint)),
    (N''25'', CAST(0 AS bigint))');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Scope', N'Value') AND [object_id] = OBJECT_ID(N'[DataStamps]'))
        SET IDENTITY_INSERT [DataStamps] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203021130_AddDataStamps'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203021130_AddDataStamps', N'10.0.15');
END;

COMMIT;
GO

