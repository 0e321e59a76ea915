using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceDashboard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class HandoverAcknowledgementAndEvaluationResult : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Handovers recorded before acknowledgement was kept were signed by the supervisor they name: acknowledged.
            migrationBuilder.AddColumn<bool>(
                name: "Acknowledged",
                table: "Records",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "EvaluationResult",
                table: "Records",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HandedOverById",
                table: "Records",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Records_HandedOverById",
                table: "Records",
                column: "HandedOverById");

            migrationBuilder.AddForeignKey(
                name: "FK_Records_People_HandedOverById",
                table: "Records",
                column: "HandedOverById",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Records_People_HandedOverById",
                table: "Records");

            migrationBuilder.DropIndex(
                name: "IX_Records_HandedOverById",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "Acknowledged",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "EvaluationResult",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "HandedOverById",
                table: "Records");
        }
    }
}
