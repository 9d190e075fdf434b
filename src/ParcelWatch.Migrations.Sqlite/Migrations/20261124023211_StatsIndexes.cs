using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParcelWatch.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StatsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ParcelReports_ModerationState_CustomsPointId_Outcome_DaysHeld",
                table: "ParcelReports",
                columns: new[] { "ModerationState", "CustomsPointId", "Outcome", "DaysHeld" });

            migrationBuilder.CreateIndex(
                name: "IX_ParcelReports_ModerationState_CustomsPointId_ShippedOn_Outcome",
                table: "ParcelReports",
                columns: new[] { "ModerationState", "CustomsPointId", "ShippedOn", "Outcome" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ParcelReports_ModerationState_CustomsPointId_Outcome_DaysHeld",
                table: "ParcelReports");

            migrationBuilder.DropIndex(
                name: "IX_ParcelReports_ModerationState_CustomsPointId_ShippedOn_Outcome",
                table: "ParcelReports");
        }
    }
}
