using System;
using Microsoft.EntityFrameworkCore.Migrations;
using ParcelWatch.Data;

#nullable disable

namespace ParcelWatch.Migrations.Postgres.Migrations
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
                    Grain = table.Column<int>(type: "integer", nullable: false),
                    BrandKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    CustomsPointId = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    DaysHeld = table.Column<int>(type: "integer", nullable: false),
                    ShippedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    CarrierCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Shop = table.Column<int>(type: "integer", nullable: false),
                    Wording = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Brand = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
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
            migrationBuilder.Sql(StatsCellSql.DropPostgresTriggers);

            migrationBuilder.DropTable(
                name: "StatsCells");
        }
    }
}
