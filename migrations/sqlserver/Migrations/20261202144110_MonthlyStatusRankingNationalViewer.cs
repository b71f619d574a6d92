using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IncentiveCompliance.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class MonthlyStatusRankingNationalViewer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RankingPublishedAt",
                table: "Regions",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MonthlyStatuses",
                columns: table => new
                {
                    Ubigeo = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Month = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    Score = table.Column<int>(type: "int", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonthlyStatuses", x => new { x.Ubigeo, x.Year, x.Month });
                    table.ForeignKey(
                        name: "FK_MonthlyStatuses_Municipalities_Ubigeo",
                        column: x => x.Ubigeo,
                        principalTable: "Municipalities",
                        principalColumn: "Ubigeo",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "AspNetRoles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[] { "nationalviewer", "nationalviewer", "NationalViewer", "NATIONALVIEWER" });

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyStatuses_Year_Month",
                table: "MonthlyStatuses",
                columns: new[] { "Year", "Month" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MonthlyStatuses");

            migrationBuilder.DeleteData(
                table: "AspNetRoles",
                keyColumn: "Id",
                keyValue: "nationalviewer");

            migrationBuilder.DropColumn(
                name: "RankingPublishedAt",
                table: "Regions");
        }
    }
}
