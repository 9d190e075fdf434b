using System;
using Microsoft.EntityFrameworkCore.Migrations;
using ParcelWatch.Data;

#nullable disable

namespace ParcelWatch.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ValueBands : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The triggers name every key column: drop them while the key changes, then count every report again
            // (docs/decisions/ADR-016-Maintained-statistics.md, ADR-022-Declared-value-bands.md). The band is computed by
            // the triggers from the declared value and its currency: no report column is added, nothing to backfill.
            migrationBuilder.Sql(StatsCellSql.DropSqliteTriggers);

            // SQLite changes a primary key by rebuilding the table after every other step of the migration, too late for
            // the triggers below: the cells are recounted anyway, so the table is made anew here.
            migrationBuilder.DropTable(name: "StatsCells");
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
                    WordingClass = table.Column<int>(type: "INTEGER", nullable: false),
                    ValueBand = table.Column<int>(type: "INTEGER", nullable: false),
                    Brand = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatsCells", x => new { x.Grain, x.BrandKey, x.CustomsPointId, x.Outcome, x.DaysHeld, x.ShippedOn, x.Category, x.CarrierCode, x.Shop, x.Wording, x.WordingClass, x.ValueBand, x.Brand });
                });

            migrationBuilder.Sql(StatsCellSql.SqliteTriggers);
            migrationBuilder.Sql(StatsCellSql.Rebuild);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The earlier triggers' SQL is not kept in code: going down leaves the statistics unmaintained until this
            // migration is applied again.
            migrationBuilder.Sql(StatsCellSql.DropSqliteTriggers);

            migrationBuilder.DropPrimaryKey(
                name: "PK_StatsCells",
                table: "StatsCells");

            migrationBuilder.DropColumn(
                name: "ValueBand",
                table: "StatsCells");

            migrationBuilder.AddPrimaryKey(
                name: "PK_StatsCells",
                table: "StatsCells",
                columns: new[] { "Grain", "BrandKey", "CustomsPointId", "Outcome", "DaysHeld", "ShippedOn", "Category", "CarrierCode", "Shop", "Wording", "WordingClass", "Brand" });
        }
    }
}
