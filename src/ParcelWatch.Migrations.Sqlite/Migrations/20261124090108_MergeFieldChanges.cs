using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParcelWatch.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MergeFieldChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FieldChanges",
                table: "Merges",
                type: "TEXT",
                nullable: true,
                defaultValue: "[]"); // merges made before this migration changed no fields (set by hand: the model has no default)
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FieldChanges",
                table: "Merges");
        }
    }
}
