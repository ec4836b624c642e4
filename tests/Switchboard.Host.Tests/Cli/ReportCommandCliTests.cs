using Switchboard.Host.Cli;
using Switchboard.Host.Tests.Conversations;
using Switchboard.Host.Tests.Infrastructure;

namespace Switchboard.Host.Tests.Cli;

/// <summary>The <c>report</c> command on the demo company, with its own database in a temporary data folder.</summary>
public sealed class ReportCommandCliTests : IDisposable
{
    private readonly TestDataFolder data = new();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    private RecordCommandHost Environment => new(new Dictionary<string, string?> { ["Switchboard:Storage:DataFolder"] = data.Path });

    private string Csv => Path.Combine(data.Path, "report.csv");

    [Fact]
    public async Task Report_ManagerOwnLine_WritesTheCsvAndRecordsTheExport()
    {
        var exitCode = await new ReportCommand(Environment, output, error).RunAsync(["--period", "2026-11", "--as", DemoPeople.LegalDirector.AadObjectId, "--csv", Csv]);

        Assert.Equal(0, exitCode);
        Assert.Contains("scope ReportingLine", output.ToString(), StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(Csv);
        Assert.Equal("figure,key,value,part,whole,requests", lines[0]);
        Assert.Equal("received,,0,,,", lines[1]);
        output.GetStringBuilder().Clear();
        Assert.Equal(0, await new AuditCommand(Environment, output, error).RunAsync(["verify"]));
        Assert.StartsWith("OK: 1 entries", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--all")]
    [InlineData("--scope", "7e3a1c5d-0001-4a00-8000-000000000000")]
    public async Task Report_ManagerAsksBeyondTheirLine_RefusedExitOneNoFile(params string[] scope)
    {
        var exitCode = await new ReportCommand(Environment, output, error).RunAsync(["--period", "2026-11", .. scope, "--as", DemoPeople.LegalDirector.AadObjectId, "--csv", Csv]);

        Assert.Equal(1, exitCode);
        Assert.Contains("refused (OutsideScope)", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Csv));
    }

    [Theory]
    [InlineData("--as", "x", "--csv", "out.csv")]
    [InlineData("--period", "November", "--as", "x", "--csv", "out.csv")]
    [InlineData("--period", "2026-11", "--csv", "out.csv")]
    [InlineData("--period", "2026-11", "--as", "x")]
    [InlineData("--period", "2026-11", "--all", "--scope", "y", "--as", "x", "--csv", "out.csv")]
    public async Task Report_BadArguments_ExitTwoWithUsage(params string[] args)
    {
        var exitCode = await new ReportCommand(Environment, output, error).RunAsync(args);

        Assert.Equal(2, exitCode);
        Assert.Contains("usage: report", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        output.Dispose();
        error.Dispose();
        data.Dispose();
    }
}
