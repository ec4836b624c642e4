using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Switchboard.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RequestLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "expert_preferences",
                columns: table => new
                {
                    expert_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    focus_until = table.Column<long>(type: "INTEGER", nullable: true),
                    capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    topics_not_taken = table.Column<string>(type: "TEXT", nullable: false),
                    delegate_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    away_until = table.Column<long>(type: "INTEGER", nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_expert_preferences", x => x.expert_id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    conversation_key = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    request_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    next_attempt_at = table.Column<long>(type: "INTEGER", nullable: false),
                    lease_until = table.Column<long>(type: "INTEGER", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", nullable: true),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    requester_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    offeree_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    assignee_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    posted_group_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    offer_expires_at = table.Column<long>(type: "INTEGER", nullable: true),
                    requested_urgency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    sent_at = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    snapshot = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "request_events",
                columns: table => new
                {
                    request_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    actor_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", nullable: true),
                    data = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_request_events", x => new { x.request_id, x.sequence });
                    table.ForeignKey(
                        name: "fk_request_events_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_state_conversation_key_sequence",
                table: "outbox_messages",
                columns: new[] { "state", "conversation_key", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ux_outbox_messages_id",
                table: "outbox_messages",
                column: "id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_request_events_at",
                table: "request_events",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_requests_assignee_id",
                table: "requests",
                column: "assignee_id");

            migrationBuilder.CreateIndex(
                name: "ix_requests_offer_expires_at",
                table: "requests",
                column: "offer_expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_requests_offeree_id",
                table: "requests",
                column: "offeree_id");

            migrationBuilder.CreateIndex(
                name: "ix_requests_requester_id_created_at",
                table: "requests",
                columns: new[] { "requester_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "expert_preferences");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "request_events");

            migrationBuilder.DropTable(
                name: "requests");
        }
    }
}
