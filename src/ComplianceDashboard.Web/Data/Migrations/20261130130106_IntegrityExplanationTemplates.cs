using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceDashboard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class IntegrityExplanationTemplates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExplanationArgs",
                table: "IntegritySignals",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ExplanationTemplate",
                table: "IntegritySignals",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExplanationArgs",
                table: "IntegritySignals");

            migrationBuilder.DropColumn(
                name: "ExplanationTemplate",
                table: "IntegritySignals");
        }
    }
}
