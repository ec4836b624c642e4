using Microsoft.Data.Sqlite;
using Switchboard.Host.Cli;
using Switchboard.Host.Tests.Infrastructure;

namespace Switchboard.Host.Tests.Cli;

public sealed class RecordCommandsTests : IDisposable
{
    private const string Person = "0f6c3c1e-1a1b-4c1d-9e7f-000000000001";
    private readonly TestDataFolder data = new();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    private RecordCommandHost Environment => new(new Dictionary<string, string?> { ["Switchboard:Storage:DataFolder"] = data.Path });

    [Fact]
    public async Task AuditVerify_EmptyChain_OkExitZero()
    {
        var exitCode = await new AuditCommand(Environment, output, error).RunAsync(["verify"]);

        Assert.Equal(0, exitCode);
        Assert.Equal("OK: the chain is empty", output.ToString().Trim());
    }

    [Fact]
    public async Task PrivacyErase_HeldForEveryone_DeferredWithTheReasonThenErasedOnceLifted()
    {
        Assert.Equal(0, await Privacy("hold", "--everyone", "--reason", "Regulator inquiry 7"));
        var holdId = output.ToString().Split(' ')[1];

        var deferred = await Privacy("erase", "--user", Person);

        Assert.Equal(1, deferred);
        Assert.Contains("erasure deferred", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Regulator inquiry 7", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await Privacy("lift", "--hold", holdId));
        Assert.Equal(0, await Privacy("erase", "--user", Person));
        Assert.Contains("erased:", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await Privacy("export", "--user", Person));
        Assert.Contains("\"privacyErased\"", output.ToString(), StringComparison.Ordinal);

        output.GetStringBuilder().Clear();
        Assert.Equal(0, await new AuditCommand(Environment, output, error).RunAsync(["verify"]));
        Assert.StartsWith("OK: 4 entries, head 4 ", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_EntryChangedBehindTheApplicationsBack_BrokenExitOne()
    {
        await Privacy("hold", "--user", Person, "--reason", "Case 12");
        await Privacy("hold", "--user", Person, "--reason", "Case 13");
        Assert.Equal(0, await new AuditCommand(Environment, output, error).RunAsync(["checkpoint"]));
        Assert.Contains("checkpoint 2 ", output.ToString(), StringComparison.Ordinal);
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(data.Path, "switchboard.db")}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DROP TRIGGER audit_entries_no_update; UPDATE audit_entries SET actor = 'someone' WHERE sequence = 1;";
            await command.ExecuteNonQueryAsync();
        }

        output.GetStringBuilder().Clear();
        var exitCode = await new AuditCommand(Environment, output, error).RunAsync(["verify"]);

        Assert.Equal(1, exitCode);
        Assert.Equal("BROKEN at entry 1 (Updated): entry 1 does not match its hash: it was updated", output.ToString().Trim());
    }

    [Theory]
    [InlineData]
    [InlineData("erase")]
    [InlineData("erase", "--user")]
    [InlineData("hold", "--reason", "x")]
    [InlineData("lift", "--hold", "not-a-guid")]
    [InlineData("forget", "--user", "x")]
    public async Task Privacy_BadArguments_ExitTwoWithUsage(params string[] args)
    {
        var exitCode = await new PrivacyCommand(Environment, output, error).RunAsync(args);

        Assert.Equal(2, exitCode);
        Assert.Contains("usage:", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public async Task Audit_UnknownSubcommand_ExitTwo()
    {
        Assert.Equal(2, await new AuditCommand(Environment, output, error).RunAsync(["repair"]));
    }

    private Task<int> Privacy(params string[] args) => new PrivacyCommand(Environment, output, error).RunAsync(args);

    public void Dispose()
    {
        output.Dispose();
        error.Dispose();
        data.Dispose();
    }
}
