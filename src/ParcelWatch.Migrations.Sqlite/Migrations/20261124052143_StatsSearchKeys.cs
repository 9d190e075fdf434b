using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParcelWatch.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StatsSearchKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BrandKey",
                table: "ParcelReports",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeclarationWording",
                table: "ParcelReports",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            // Existing reports get their brand key here (SQLite upper-cases ASCII letters only; brands are Latin);
            // their declaration wording is computed at start-up (DeclarationWordingBackfill), since it needs .NET's regexes.
            migrationBuilder.Sql("UPDATE ParcelReports SET BrandKey = UPPER(TRIM(Brand)) WHERE TRIM(Brand) <> '';");

            migrationBuilder.CreateIndex(
                name: "IX_ParcelReports_BrandKey_ModerationState_CustomsPointId_Outcome_DaysHeld",
                table: "ParcelReports",
                columns: new[] { "BrandKey", "ModerationState", "CustomsPointId", "Outcome", "DaysHeld" });

            migrationBuilder.CreateIndex(
                name: "IX_ParcelReports_ModerationState_DeclarationWording_CustomsPointId_Outcome",
                table: "ParcelReports",
                columns: new[] { "ModerationState", "DeclarationWording", "CustomsPointId", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_ParcelReports_WordingMissing",
                table: "ParcelReports",
                column: "DeclarationText",
                filter: "\"DeclarationWording\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ParcelReports_BrandKey_ModerationState_CustomsPointId_Outcome_DaysHeld",
                table: "ParcelReports");

            migrationBuilder.DropIndex(
                name: "IX_ParcelReports_ModerationState_DeclarationWording_CustomsPointId_Outcome",
                table: "ParcelReports");

            migrationBuilder.DropIndex(
                name: "IX_ParcelReports_WordingMissing",
                table: "ParcelReports");

            migrationBuilder.DropColumn(
                name: "BrandKey",
                table: "ParcelReports");

            migrationBuilder.DropColumn(
                name: "DeclarationWording",
                table: "ParcelReports");
        }
    }
}
