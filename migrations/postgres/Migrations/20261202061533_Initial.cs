using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace IncentiveCompliance.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Ubigeo = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    DisabledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MustChangePassword = table.Column<bool>(type: "boolean", nullable: false),
                    LastSignInAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DemoAccount = table.Column<bool>(type: "boolean", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditTrail",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UserEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Address = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: true),
                    Browser = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Action = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Ubigeo = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    RegionCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditTrail", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BudgetImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Source = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SourceIsUpload = table.Column<bool>(type: "boolean", nullable: false),
                    TotalBytes = table.Column<long>(type: "bigint", nullable: false),
                    BytesRead = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RowsRead = table.Column<long>(type: "bigint", nullable: false),
                    RowsKept = table.Column<long>(type: "bigint", nullable: false),
                    SkippedOtherProgram = table.Column<long>(type: "bigint", nullable: false),
                    SkippedOtherGovernmentLevel = table.Column<long>(type: "bigint", nullable: false),
                    SkippedUnregisteredUbigeo = table.Column<long>(type: "bigint", nullable: false),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RequestedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UploadDiscardedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Holidays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Holidays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Ubigeo = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Link = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EmailedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProgramYears",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    MinimumPoints = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramYears", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "Regions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "TrainingEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Topics = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    Modality = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Organiser = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TargetPositions = table.Column<string[]>(type: "character varying(20)[]", nullable: false),
                    RequirementCodes = table.Column<List<string>>(type: "character varying(20)[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "character varying(64)", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "character varying(64)", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ProviderKey = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "character varying(64)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(64)", nullable: false),
                    RoleId = table.Column<string>(type: "character varying(64)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(64)", nullable: false),
                    LoginProvider = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PendingStep = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UserSessions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Commitments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Sector = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Commitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Commitments_ProgramYears_Year",
                        column: x => x.Year,
                        principalTable: "ProgramYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComplianceReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ScheduledFor = table.Column<DateOnly>(type: "date", nullable: true),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CutOff = table.Column<DateOnly>(type: "date", nullable: true),
                    Pages = table.Column<int>(type: "integer", nullable: true),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FileKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: true),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplianceReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplianceReports_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Provinces",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Provinces", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Provinces_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportSchedules",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Frequency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    DayOfMonth = table.Column<int>(type: "integer", nullable: false),
                    DayOfWeek = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Hour = table.Column<int>(type: "integer", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportSchedules", x => x.RegionCode);
                    table.ForeignKey(
                        name: "FK_ReportSchedules_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Requirements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Points = table.Column<int>(type: "integer", nullable: false),
                    Mandatory = table.Column<bool>(type: "boolean", nullable: false),
                    AppliesTo = table.Column<List<string>>(type: "character varying(1)[]", nullable: false),
                    Unit = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    EvidenceFileTypes = table.Column<List<string>>(type: "character varying(4)[]", nullable: false),
                    EvidenceDescription = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Targets = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Requirements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Requirements_Commitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "Commitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Municipalities",
                columns: table => new
                {
                    Ubigeo = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    PiType = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    ExecutingUnitCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Municipalities", x => x.Ubigeo);
                    table.ForeignKey(
                        name: "FK_Municipalities_Provinces_ProvinceCode",
                        column: x => x.ProvinceCode,
                        principalTable: "Provinces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Attendance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TrainingEventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Dni = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Ubigeo = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Position = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    HoursAttended = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attendance_Municipalities_Ubigeo",
                        column: x => x.Ubigeo,
                        principalTable: "Municipalities",
                        principalColumn: "Ubigeo",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Attendance_TrainingEvents_TrainingEventId",
                        column: x => x.TrainingEventId,
                        principalTable: "TrainingEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BudgetLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Ubigeo = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    ExecutingUnit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ProductCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ProductName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ActivityCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ActivityName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Pia = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Pim = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Certificado = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ComprometidoAnual = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ComprometidoMensual = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Devengado = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Girado = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetLines_Municipalities_Ubigeo",
                        column: x => x.Ubigeo,
                        principalTable: "Municipalities",
                        principalColumn: "Ubigeo",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BudgetReviews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Ubigeo = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    BehindPace = table.Column<bool>(type: "boolean", nullable: false),
                    Justification = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetReviews_Municipalities_Ubigeo",
                        column: x => x.Ubigeo,
                        principalTable: "Municipalities",
                        principalColumn: "Ubigeo",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Submissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Ubigeo = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    RequirementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: true),
                    EvidenceDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReviewReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CorrectionDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    TrainingEventId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Submissions_Municipalities_Ubigeo",
                        column: x => x.Ubigeo,
                        principalTable: "Municipalities",
                        principalColumn: "Ubigeo",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Submissions_Requirements_RequirementId",
                        column: x => x.RequirementId,
                        principalTable: "Requirements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Submissions_TrainingEvents_TrainingEventId",
                        column: x => x.TrainingEventId,
                        principalTable: "TrainingEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceFiles_Submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "Submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "AspNetRoles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[,]
                {
                    { "administrator", "administrator", "Administrator", "ADMINISTRATOR" },
                    { "budgetofficer", "budgetofficer", "BudgetOfficer", "BUDGETOFFICER" },
                    { "municipalmanager", "municipalmanager", "MunicipalManager", "MUNICIPALMANAGER" },
                    { "regionalsecretariat", "regionalsecretariat", "RegionalSecretariat", "REGIONALSECRETARIAT" }
                });

            migrationBuilder.InsertData(
                table: "Holidays",
                columns: new[] { "Date", "Name" },
                values: new object[,]
                {
                    { new DateOnly(2024, 1, 1), "Año Nuevo" },
                    { new DateOnly(2024, 3, 28), "Jueves Santo" },
                    { new DateOnly(2024, 3, 29), "Viernes Santo" },
                    { new DateOnly(2024, 5, 1), "Día del Trabajo" },
                    { new DateOnly(2024, 6, 7), "Batalla de Arica y Día de la Bandera" },
                    { new DateOnly(2024, 6, 29), "San Pedro y San Pablo" },
                    { new DateOnly(2024, 7, 23), "Día de la Fuerza Aérea del Perú" },
                    { new DateOnly(2024, 7, 28), "Fiestas Patrias" },
                    { new DateOnly(2024, 7, 29), "Fiestas Patrias" },
                    { new DateOnly(2024, 8, 6), "Batalla de Junín" },
                    { new DateOnly(2024, 8, 30), "Santa Rosa de Lima" },
                    { new DateOnly(2024, 10, 8), "Combate de Angamos" },
                    { new DateOnly(2024, 11, 1), "Día de Todos los Santos" },
                    { new DateOnly(2024, 12, 8), "Inmaculada Concepción" },
                    { new DateOnly(2024, 12, 9), "Batalla de Ayacucho" },
                    { new DateOnly(2024, 12, 25), "Navidad" },
                    { new DateOnly(2025, 1, 1), "Año Nuevo" },
                    { new DateOnly(2025, 4, 17), "Jueves Santo" },
                    { new DateOnly(2025, 4, 18), "Viernes Santo" },
                    { new DateOnly(2025, 5, 1), "Día del Trabajo" },
                    { new DateOnly(2025, 6, 7), "Batalla de Arica y Día de la Bandera" },
                    { new DateOnly(2025, 6, 29), "San Pedro y San Pablo" },
                    { new DateOnly(2025, 7, 23), "Día de la Fuerza Aérea del Perú" },
                    { new DateOnly(2025, 7, 28), "Fiestas Patrias" },
                    { new DateOnly(2025, 7, 29), "Fiestas Patrias" },
                    { new DateOnly(2025, 8, 6), "Batalla de Junín" },
                    { new DateOnly(2025, 8, 30), "Santa Rosa de Lima" },
                    { new DateOnly(2025, 10, 8), "Combate de Angamos" },
                    { new DateOnly(2025, 11, 1), "Día de Todos los Santos" },
                    { new DateOnly(2025, 12, 8), "Inmaculada Concepción" },
                    { new DateOnly(2025, 12, 9), "Batalla de Ayacucho" },
                    { new DateOnly(2025, 12, 25), "Navidad" },
                    { new DateOnly(2026, 1, 1), "Año Nuevo" },
                    { new DateOnly(2026, 4, 2), "Jueves Santo" },
                    { new DateOnly(2026, 4, 3), "Viernes Santo" },
                    { new DateOnly(2026, 5, 1), "Día del Trabajo" },
                    { new DateOnly(2026, 6, 7), "Batalla de Arica y Día de la Bandera" },
                    { new DateOnly(2026, 6, 29), "San Pedro y San Pablo" },
                    { new DateOnly(2026, 7, 23), "Día de la Fuerza Aérea del Perú" },
                    { new DateOnly(2026, 7, 28), "Fiestas Patrias" },
                    { new DateOnly(2026, 7, 29), "Fiestas Patrias" },
                    { new DateOnly(2026, 8, 6), "Batalla de Junín" },
                    { new DateOnly(2026, 8, 30), "Santa Rosa de Lima" },
                    { new DateOnly(2026, 10, 8), "Combate de Angamos" },
                    { new DateOnly(2026, 11, 1), "Día de Todos los Santos" },
                    { new DateOnly(2026, 12, 8), "Inmaculada Concepción" },
                    { new DateOnly(2026, 12, 9), "Batalla de Ayacucho" },
                    { new DateOnly(2026, 12, 25), "Navidad" },
                    { new DateOnly(2027, 1, 1), "Año Nuevo" },
                    { new DateOnly(2027, 3, 25), "Jueves Santo" },
                    { new DateOnly(2027, 3, 26), "Viernes Santo" },
                    { new DateOnly(2027, 5, 1), "Día del Trabajo" },
                    { new DateOnly(2027, 6, 7), "Batalla de Arica y Día de la Bandera" },
                    { new DateOnly(2027, 6, 29), "San Pedro y San Pablo" },
                    { new DateOnly(2027, 7, 23), "Día de la Fuerza Aérea del Perú" },
                    { new DateOnly(2027, 7, 28), "Fiestas Patrias" },
                    { new DateOnly(2027, 7, 29), "Fiestas Patrias" },
                    { new DateOnly(2027, 8, 6), "Batalla de Junín" },
                    { new DateOnly(2027, 8, 30), "Santa Rosa de Lima" },
                    { new DateOnly(2027, 10, 8), "Combate de Angamos" },
                    { new DateOnly(2027, 11, 1), "Día de Todos los Santos" },
                    { new DateOnly(2027, 12, 8), "Inmaculada Concepción" },
                    { new DateOnly(2027, 12, 9), "Batalla de Ayacucho" },
                    { new DateOnly(2027, 12, 25), "Navidad" },
                    { new DateOnly(2028, 1, 1), "Año Nuevo" },
                    { new DateOnly(2028, 4, 13), "Jueves Santo" },
                    { new DateOnly(2028, 4, 14), "Viernes Santo" },
                    { new DateOnly(2028, 5, 1), "Día del Trabajo" },
                    { new DateOnly(2028, 6, 7), "Batalla de Arica y Día de la Bandera" },
                    { new DateOnly(2028, 6, 29), "San Pedro y San Pablo" },
                    { new DateOnly(2028, 7, 23), "Día de la Fuerza Aérea del Perú" },
                    { new DateOnly(2028, 7, 28), "Fiestas Patrias" },
                    { new DateOnly(2028, 7, 29), "Fiestas Patrias" },
                    { new DateOnly(2028, 8, 6), "Batalla de Junín" },
                    { new DateOnly(2028, 8, 30), "Santa Rosa de Lima" },
                    { new DateOnly(2028, 10, 8), "Combate de Angamos" },
                    { new DateOnly(2028, 11, 1), "Día de Todos los Santos" },
                    { new DateOnly(2028, 12, 8), "Inmaculada Concepción" },
                    { new DateOnly(2028, 12, 9), "Batalla de Ayacucho" },
                    { new DateOnly(2028, 12, 25), "Navidad" },
                    { new DateOnly(2029, 1, 1), "Año Nuevo" },
                    { new DateOnly(2029, 3, 29), "Jueves Santo" },
                    { new DateOnly(2029, 3, 30), "Viernes Santo" },
                    { new DateOnly(2029, 5, 1), "Día del Trabajo" },
                    { new DateOnly(2029, 6, 7), "Batalla de Arica y Día de la Bandera" },
                    { new DateOnly(2029, 6, 29), "San Pedro y San Pablo" },
                    { new DateOnly(2029, 7, 23), "Día de la Fuerza Aérea del Perú" },
                    { new DateOnly(2029, 7, 28), "Fiestas Patrias" },
                    { new DateOnly(2029, 7, 29), "Fiestas Patrias" },
                    { new DateOnly(2029, 8, 6), "Batalla de Junín" },
                    { new DateOnly(2029, 8, 30), "Santa Rosa de Lima" },
                    { new DateOnly(2029, 10, 8), "Combate de Angamos" },
                    { new DateOnly(2029, 11, 1), "Día de Todos los Santos" },
                    { new DateOnly(2029, 12, 8), "Inmaculada Concepción" },
                    { new DateOnly(2029, 12, 9), "Batalla de Ayacucho" },
                    { new DateOnly(2029, 12, 25), "Navidad" },
                    { new DateOnly(2030, 1, 1), "Año Nuevo" },
                    { new DateOnly(2030, 4, 18), "Jueves Santo" },
                    { new DateOnly(2030, 4, 19), "Viernes Santo" },
                    { new DateOnly(2030, 5, 1), "Día del Trabajo" },
                    { new DateOnly(2030, 6, 7), "Batalla de Arica y Día de la Bandera" },
                    { new DateOnly(2030, 6, 29), "San Pedro y San Pablo" },
                    { new DateOnly(2030, 7, 23), "Día de la Fuerza Aérea del Perú" },
                    { new DateOnly(2030, 7, 28), "Fiestas Patrias" },
                    { new DateOnly(2030, 7, 29), "Fiestas Patrias" },
                    { new DateOnly(2030, 8, 6), "Batalla de Junín" },
                    { new DateOnly(2030, 8, 30), "Santa Rosa de Lima" },
                    { new DateOnly(2030, 10, 8), "Combate de Angamos" },
                    { new DateOnly(2030, 11, 1), "Día de Todos los Santos" },
                    { new DateOnly(2030, 12, 8), "Inmaculada Concepción" },
                    { new DateOnly(2030, 12, 9), "Batalla de Ayacucho" },
                    { new DateOnly(2030, 12, 25), "Navidad" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_TrainingEventId_Dni",
                table: "Attendance",
                columns: new[] { "TrainingEventId", "Dni" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_Ubigeo",
                table: "Attendance",
                column: "Ubigeo");

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_EntityType_EntityId",
                table: "AuditTrail",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_RegionCode_Id",
                table: "AuditTrail",
                columns: new[] { "RegionCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_Ubigeo_Id",
                table: "AuditTrail",
                columns: new[] { "Ubigeo", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_BudgetImports_RequestedAt",
                table: "BudgetImports",
                column: "RequestedAt");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLines_Ubigeo",
                table: "BudgetLines",
                column: "Ubigeo");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLines_Year_Ubigeo",
                table: "BudgetLines",
                columns: new[] { "Year", "Ubigeo" });

            migrationBuilder.CreateIndex(
                name: "IX_BudgetReviews_Ubigeo_Year_Month",
                table: "BudgetReviews",
                columns: new[] { "Ubigeo", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_Year_Code",
                table: "Commitments",
                columns: new[] { "Year", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComplianceReports_RegionCode_RequestedAt",
                table: "ComplianceReports",
                columns: new[] { "RegionCode", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplianceReports_RegionCode_ScheduledFor",
                table: "ComplianceReports",
                columns: new[] { "RegionCode", "ScheduledFor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_SubmissionId",
                table: "EvidenceFiles",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_Municipalities_Name",
                table: "Municipalities",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Municipalities_ProvinceCode",
                table: "Municipalities",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_Key",
                table: "Notifications",
                columns: new[] { "UserId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_ReadAt",
                table: "Notifications",
                columns: new[] { "UserId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Provinces_RegionCode",
                table: "Provinces",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Requirements_CommitmentId",
                table: "Requirements",
                column: "CommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Requirements_Year_Code",
                table: "Requirements",
                columns: new[] { "Year", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_OneOpenPerItem",
                table: "Submissions",
                columns: new[] { "Ubigeo", "RequirementId" },
                unique: true,
                filter: "\"Status\" IN ('Draft', 'Submitted')");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_RequirementId",
                table: "Submissions",
                column: "RequirementId");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_Status_SubmittedAt",
                table: "Submissions",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_TrainingEventId",
                table: "Submissions",
                column: "TrainingEventId");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_Ubigeo_RequirementId_CreatedAt",
                table: "Submissions",
                columns: new[] { "Ubigeo", "RequirementId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingEvents_RegionCode_Date",
                table: "TrainingEvents",
                columns: new[] { "RegionCode", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_UserSessions_UserId",
                table: "UserSessions",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "Attendance");

            migrationBuilder.DropTable(
                name: "AuditTrail");

            migrationBuilder.DropTable(
                name: "BudgetImports");

            migrationBuilder.DropTable(
                name: "BudgetLines");

            migrationBuilder.DropTable(
                name: "BudgetReviews");

            migrationBuilder.DropTable(
                name: "ComplianceReports");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "EvidenceFiles");

            migrationBuilder.DropTable(
                name: "Holidays");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "ReportSchedules");

            migrationBuilder.DropTable(
                name: "UserSessions");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "Submissions");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Municipalities");

            migrationBuilder.DropTable(
                name: "Requirements");

            migrationBuilder.DropTable(
                name: "TrainingEvents");

            migrationBuilder.DropTable(
                name: "Provinces");

            migrationBuilder.DropTable(
                name: "Commitments");

            migrationBuilder.DropTable(
                name: "Regions");

            migrationBuilder.DropTable(
                name: "ProgramYears");
        }
    }
}
