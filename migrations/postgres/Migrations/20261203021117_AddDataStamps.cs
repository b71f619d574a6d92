using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace IncentiveCompliance.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddDataStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataStamps",
                columns: table => new
                {
                    Scope = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataStamps", x => x.Scope);
                });

            migrationBuilder.InsertData(
                table: "DataStamps",
                columns: new[] { "Scope", "Value" },
                values: new object[,]
                {
                    { "*", 0L },
                    { "01", 0L },
                    { "02", 0L },
                    { "03", 0L },
                    { "04", 0L },
                    { "05", 0L },
                    { "06", 0L },
                    { "07", 0L },
                    { "08", 0L },
                    { "09", 0L },
                    { "10", 0L },
                    { "11", 0L },
                    { "12", 0L },
                    { "13", 0L },
                    { "14", 0L },
                    { "15", 0L },
                    { "16", 0L },
                    { "17", 0L },
                    { "18", 0L },
                    { "19", 0L },
                    { "20", 0L },
                    { "21", 0L },
                    { "22", 0L },
                    { "23", 0L },
                    { "24", 0L },
                    { "25", 0L }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataStamps");
        }
    }
}
