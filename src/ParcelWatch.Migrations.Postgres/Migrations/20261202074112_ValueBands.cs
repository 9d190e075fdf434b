using Microsoft.EntityFrameworkCore.Migrations;
using ParcelWatch.Data;

#nullable disable

namespace ParcelWatch.Migrations.Postgres.Migrations
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
            migrationBuilder.Sql(StatsCellSql.DropPostgresTriggers);

            migrationBuilder.DropPrimaryKey(
                name: "PK_StatsCells",
                table: "StatsCells");

            migrationBuilder.AddColumn<int>(
                name: "ValueBand",
                table: "StatsCells",
                type: "integer",
                nullable: false,
                defaultValue: -1);

            migrationBuilder.AddPrimaryKey(
                name: "PK_StatsCells",
                table: "StatsCells",
                columns: new[] { "Grain", "BrandKey", "CustomsPointId", "Outcome", "DaysHeld", "ShippedOn", "Category", "CarrierCode", "Shop", "Wording", "WordingClass", "ValueBand", "Brand" });

            migrationBuilder.Sql(StatsCellSql.PostgresTriggers);
            migrationBuilder.Sql(StatsCellSql.Rebuild);
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
