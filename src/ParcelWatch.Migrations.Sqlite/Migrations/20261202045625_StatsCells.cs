using System;
using Microsoft.EntityFrameworkCore.Migrations;
using ParcelWatch.Data;

#nullable disable

namespace ParcelWatch.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StatsCells : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StatsCells",
                columns: table => new
                {
                    Grain = table.Column<int>(type: "INTEGER", nullable: false),
                    BrandKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CustomsPointId = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    DaysHeld = table.Column<int>(type: "INTEGER", nullable: false),
                    ShippedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    CarrierCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Shop = table.Column<int>(type: "INTEGER", nullable: false),
                    Wording = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Brand = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatsCells", x => new { x.Grain, x.BrandKey, x.CustomsPointId, x.Outcome, x.DaysHeld, x.ShippedOn, x.Category, x.CarrierCode, x.Shop, x.Wording, x.Brand });
                });

            // The triggers and the first count are made by the latest migration that changes the cells' key
            // (ValueBands): StatsCellSql holds only the current shape of the key, which this table does not have yet.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(StatsCellSql.DropSqliteTriggers);

            migrationBuilder.DropTable(
                name: "StatsCells");
        }
    }
}
