using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParcelWatch.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ParcelReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ParcelReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReporterId = table.Column<string>(type: "TEXT", nullable: false),
                    Shop = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CarrierCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    CustomsPointId = table.Column<int>(type: "INTEGER", nullable: false),
                    Brand = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Model = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    DeclarationText = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DeclaredValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    ShippedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    DaysHeld = table.Column<int>(type: "INTEGER", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ModerationState = table.Column<int>(type: "INTEGER", nullable: false),
                    DuplicateOfId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParcelReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParcelReports_AspNetUsers_ReporterId",
                        column: x => x.ReporterId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ParcelReports_CustomsPoints_CustomsPointId",
                        column: x => x.CustomsPointId,
                        principalTable: "CustomsPoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ParcelReports_ParcelReports_DuplicateOfId",
                        column: x => x.DuplicateOfId,
                        principalTable: "ParcelReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutcomeEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParcelReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomeEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutcomeEvents_ParcelReports_ParcelReportId",
                        column: x => x.ParcelReportId,
                        principalTable: "ParcelReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeEvents_ParcelReportId_OccurredOn",
                table: "OutcomeEvents",
                columns: new[] { "ParcelReportId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ParcelReports_Brand",
                table: "ParcelReports",
                column: "Brand");

            migrationBuilder.CreateIndex(
                name: "IX_ParcelReports_CustomsPointId",
                table: "ParcelReports",
                column: "CustomsPointId");

            migrationBuilder.CreateIndex(
                name: "IX_ParcelReports_DuplicateOfId",
                table: "ParcelReports",
                column: "DuplicateOfId");

            migrationBuilder.CreateIndex(
                name: "IX_ParcelReports_ReporterId_CreatedAt",
                table: "ParcelReports",
                columns: new[] { "ReporterId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ParcelReports_Shop_OrderNumber",
                table: "ParcelReports",
                columns: new[] { "Shop", "OrderNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_ParcelReports_TrackingNumber",
                table: "ParcelReports",
                column: "TrackingNumber");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutcomeEvents");

            migrationBuilder.DropTable(
                name: "ParcelReports");
        }
    }
}
