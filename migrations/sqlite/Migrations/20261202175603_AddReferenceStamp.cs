using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IncentiveCompliance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddReferenceStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReferenceStamps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferenceStamps", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "ReferenceStamps",
                columns: new[] { "Id", "Value" },
                values: new object[] { 1, new Guid("6d1f0c2e-5a7b-4e39-9c1d-2f8b3a4e5c60") });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReferenceStamps");
        }
    }
}
