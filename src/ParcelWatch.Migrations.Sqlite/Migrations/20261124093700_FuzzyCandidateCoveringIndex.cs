using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParcelWatch.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FuzzyCandidateCoveringIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ParcelReports_CustomsPointId_Brand_Model_ShippedOn",
                table: "ParcelReports");

            migrationBuilder.CreateIndex(
                name: "IX_ParcelReports_CustomsPointId_Brand_Model_ShippedOn_ModerationState_TrackingNumber",
                table: "ParcelReports",
                columns: new[] { "CustomsPointId", "Brand", "Model", "ShippedOn", "ModerationState", "TrackingNumber" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ParcelReports_CustomsPointId_Brand_Model_ShippedOn_ModerationState_TrackingNumber",
                table: "ParcelReports");

            migrationBuilder.CreateIndex(
                name: "IX_ParcelReports_CustomsPointId_Brand_Model_ShippedOn",
                table: "ParcelReports",
                columns: new[] { "CustomsPointId", "Brand", "Model", "ShippedOn" });
        }
    }
}
