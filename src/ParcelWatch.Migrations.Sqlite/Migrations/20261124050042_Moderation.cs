using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParcelWatch.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Moderation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ParcelReports_CustomsPointId",
                table: "ParcelReports");

            migrationBuilder.DropIndex(
                name: "IX_ParcelReports_Shop_OrderNumber",
                table: "ParcelReports");

            migrationBuilder.DropIndex(
                name: "IX_ParcelReports_TrackingNumber",
                table: "ParcelReports");

            migrationBuilder.AddColumn<string>(
                name: "HiddenReason",
                table: "ParcelReports",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Details = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Merges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CanonicalId = table.Column<int>(type: "INTEGER", nullable: false),
                    DuplicateId = table.Column<int>(type: "INTEGER", nullable: false),
                    ModeratorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MovedEventIds = table.Column<string>(type: "TEXT", nullable: false),
                    UndoneAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UndoneById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Merges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Merges_ParcelReports_CanonicalId",
                        column: x => x.CanonicalId,
                        principalTable: "ParcelReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Merges_ParcelReports_DuplicateId",
                        column: x => x.DuplicateId,
                        principalTable: "ParcelReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The audit log is append-only, also for anyone with a SQL shell on the file.
            migrationBuilder.Sql("CREATE TRIGGER AuditEntries_NoUpdate BEFORE UPDATE ON AuditEntries BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER AuditEntries_NoDelete BEFORE DELETE ON AuditEntries BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;");

            migrationBuilder.CreateIndex(
                name: "IX_ParcelReports_CustomsPointId_Brand_Model_ShippedOn",
                table: "ParcelReports",
                columns: new[] { "CustomsPointId", "Brand", "Model", "ShippedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ParcelReports_Hidden_UpdatedAt",
                table: "ParcelReports",
                column: "UpdatedAt",
                filter: "\"ModerationState\" = 1");

            migrationBuilder.CreateIndex(
                name: "IX_ParcelReports_Shop_OrderNumber_ModerationState",
                table: "ParcelReports",
                columns: new[] { "Shop", "OrderNumber", "ModerationState" });

            migrationBuilder.CreateIndex(
                name: "IX_ParcelReports_TrackingNumber_ModerationState",
                table: "ParcelReports",
                columns: new[] { "TrackingNumber", "ModerationState" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Action_At",
                table: "AuditEntries",
                columns: new[] { "Action", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ActorId_At",
                table: "AuditEntries",
                columns: new[] { "ActorId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_Merges_At",
                table: "Merges",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_Merges_CanonicalId",
                table: "Merges",
                column: "CanonicalId");

            migrationBuilder.CreateIndex(
                name: "IX_Merges_DuplicateId",
                table: "Merges",
                column: "DuplicateId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditEntries_NoUpdate;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditEntries_NoDelete;");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "Merges");

            migrationBuilder.DropIndex(
                name: "IX_ParcelReports_CustomsPointId_Brand_Model_ShippedOn",
                table: "ParcelReports");

            migrationBuilder.DropIndex(
                name: "IX_ParcelReports_Hidden_UpdatedAt",
                table: "ParcelReports");

            migrationBuilder.DropIndex(
                name: "IX_ParcelReports_Shop_OrderNumber_ModerationState",
                table: "ParcelReports");

            migrationBuilder.DropIndex(
                name: "IX_ParcelReports_TrackingNumber_ModerationState",
                table: "ParcelReports");

            migrationBuilder.DropColumn(
                name: "HiddenReason",
                table: "ParcelReports");

            migrationBuilder.CreateIndex(
                name: "IX_ParcelReports_CustomsPointId",
                table: "ParcelReports",
                column: "CustomsPointId");

            migrationBuilder.CreateIndex(
                name: "IX_ParcelReports_Shop_OrderNumber",
                table: "ParcelReports",
                columns: new[] { "Shop", "OrderNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_ParcelReports_TrackingNumber",
                table: "ParcelReports",
                column: "TrackingNumber");
        }
    }
}
