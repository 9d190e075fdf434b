using Microsoft.EntityFrameworkCore.Migrations;
using ParcelWatch.Data;

#nullable disable

namespace ParcelWatch.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class WordingClasses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The triggers name every key column: drop them while the key changes, then have them made anew
            // (docs/decisions/ADR-016-Maintained-statistics.md). The classes of existing reports are filled at start-up
            // (DeclarationWordingBackfill), and the new triggers move their counts as they are.
            migrationBuilder.Sql(StatsCellSql.DropPostgresTriggers);

            migrationBuilder.DropPrimaryKey(
                name: "PK_StatsCells",
                table: "StatsCells");

            migrationBuilder.AddColumn<int>(
                name: "WordingClass",
                table: "StatsCells",
                type: "integer",
                nullable: false,
                defaultValue: -1);

            migrationBuilder.AddColumn<int>(
                name: "WordingClass",
                table: "ParcelReports",
                type: "integer",
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_StatsCells",
                table: "StatsCells",
                columns: new[] { "Grain", "BrandKey", "CustomsPointId", "Outcome", "DaysHeld", "ShippedOn", "Category", "CarrierCode", "Shop", "Wording", "WordingClass", "Brand" });

            migrationBuilder.CreateIndex(
                name: "IX_ParcelReports_WordingClassMissing",
                table: "ParcelReports",
                column: "DeclarationWording",
                filter: "\"WordingClass\" IS NULL");

            // The triggers and the count are made by the latest migration that changes the cells' key (ValueBands):
            // StatsCellSql holds only the current shape of the key, which this table does not have yet.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The earlier triggers' SQL is not kept in code: going down leaves the statistics unmaintained until this
            // migration is applied again.
            migrationBuilder.Sql(StatsCellSql.DropPostgresTriggers);

            migrationBuilder.DropPrimaryKey(
                name: "PK_StatsCells",
                table: "StatsCells");

            migrationBuilder.DropIndex(
                name: "IX_ParcelReports_WordingClassMissing",
                table: "ParcelReports");

            migrationBuilder.DropColumn(
                name: "WordingClass",
                table: "StatsCells");

            migrationBuilder.DropColumn(
                name: "WordingClass",
                table: "ParcelReports");

            migrationBuilder.AddPrimaryKey(
                name: "PK_StatsCells",
                table: "StatsCells",
                columns: new[] { "Grain", "BrandKey", "CustomsPointId", "Outcome", "DaysHeld", "ShippedOn", "Category", "CarrierCode", "Shop", "Wording", "Brand" });
        }
    }
}
