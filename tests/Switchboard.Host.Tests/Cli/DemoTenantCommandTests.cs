using Microsoft.Extensions.Time.Testing;
using Switchboard.Domain.Directory;
using Switchboard.Host.Cli;
using Switchboard.Host.Tests.DirectoryLoading;
using DemoTenant = Switchboard.DemoCompany.DemoCompany;

namespace Switchboard.Host.Tests.Cli;

public sealed class DemoTenantCommandTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task RunAsync_Out_WritesAContractFileThatLoadsBack()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "tenant.json");
        var error = new StringWriter();

        var exitCode = await Command(new MemoryStream(), error).RunAsync(["--out", path]);

        Assert.Equal(0, exitCode);
        await using var file = File.OpenRead(path);
        var snapshot = await SnapshotJson.ReadAsync(file, CancellationToken.None);
        Assert.Equal(DemoTenant.TenantId, snapshot.TenantId);
        Assert.Equal(Now, snapshot.CapturedAt);
        Assert.True(snapshot.Users.Count >= 300);
        Assert.Contains(path, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(["tenant.json"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task RunAsync_NoOut_WritesTheSnapshotToStandardOutput()
    {
        var stdout = new MemoryStream();

        var exitCode = await Command(stdout, new StringWriter()).RunAsync([]);

        Assert.Equal(0, exitCode);
        using var read = new MemoryStream(stdout.ToArray());
        Assert.Equal(DemoTenant.TenantId, (await SnapshotJson.ReadAsync(read, CancellationToken.None)).TenantId);
    }

    [Fact]
    public async Task RunAsync_At_PinsTheClockWhateverTheTimeIs()
    {
        var first = new MemoryStream();
        var second = new MemoryStream();

        await new DemoTenantCommand(new FakeTimeProvider(Now), () => first, new StringWriter()).RunAsync(["--at", "2027-01-05T10:00:00Z"]);
        await new DemoTenantCommand(new FakeTimeProvider(Now.AddDays(3)), () => second, new StringWriter()).RunAsync(["--at", "2027-01-05T10:00:00Z"]);

        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Theory]
    [InlineData("--verbose")]
    [InlineData("--out")]
    [InlineData("--at", "yesterday")]
    public async Task RunAsync_BadArguments_ExitsTwoWithOneLine(params string[] args)
    {
        var stdout = new MemoryStream();
        var error = new StringWriter();

        var exitCode = await Command(stdout, error).RunAsync(args);

        Assert.Equal(2, exitCode);
        Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(0, stdout.Length);
    }

    [Fact]
    public async Task RunAsync_UnwritableFolder_ExitsOneAndLeavesNoFile()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "no-such-folder", "tenant.json");
        var error = new StringWriter();

        var exitCode = await Command(new MemoryStream(), error).RunAsync(["--out", path]);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("demo-tenant: cannot write", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Find_DemoTenant_IsARegisteredCommand()
    {
        Assert.IsType<DemoTenantCommand>(CliCommands.Find(["demo-tenant"]));
    }

    private static DemoTenantCommand Command(MemoryStream stdout, StringWriter error) =>
        new(new FakeTimeProvider(Now), () => stdout, error);
}
