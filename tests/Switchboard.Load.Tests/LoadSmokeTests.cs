namespace Switchboard.Load.Tests;

/// <summary>
/// The load command in small, so it cannot rot: 20 whole conversations against the real host on SQLite, with the
/// connector's faults and a host restart half-way, must all end, lose nothing and leave an intact record.
/// </summary>
public sealed class LoadSmokeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("switchboard-load-smoke-").FullName;

    [Fact]
    public async Task Run_TwentyConversationsOnSqliteWithFaultsAndARestart_AllEndedNothingLostRecordIntact()
    {
        var options = new LoadOptions
        {
            Conversations = 20,
            Port = 5460,
            Throttled = 0.1,
            Unavailable = 0.05,
            Unknown = 0.02,
            StepTimeout = TimeSpan.FromSeconds(120),
        };
        using var progress = new StringWriter();

        var result = await new LoadRun(options, progress).RunAsync(LoadDatabase.Sqlite, Path.Combine(_folder, "sqlite"), CancellationToken.None);

        var report = LoadCommand.Describe(result) + progress;
        Assert.True(result.Passed, report);
        Assert.Equal(20, result.Resolved + result.Withdrawn);
        Assert.Equal(0, result.Lost);
        Assert.NotNull(result.RestartDowntime);
        Assert.True(result.Throttled + result.Unavailable > 0, report);
        Assert.Equal(result.Conversations, result.RequestStates.Values.Sum());
        Assert.True(result.AuditIntact, result.AuditOutput);
    }

    [Theory]
    [InlineData(new[] { "--conversations", "0" }, "--conversations")]
    [InlineData(new[] { "--database", "oracle" }, "--database")]
    [InlineData(new[] { "--throttled", "0.6", "--unavailable", "0.5" }, "add up to 1")]
    [InlineData(new[] { "--conversations" }, "needs a value")]
    [InlineData(new[] { "--bogus", "1" }, "unknown argument")]
    public void Parse_BadArguments_RefusedNamingTheArgument(string[] args, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => LoadOptions.Parse(args));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Both_SqliteThenPostgres()
    {
        var options = LoadOptions.Parse(["--database", "both", "--conversations", "50", "--restart", "false"]);

        Assert.Equal([LoadDatabase.Sqlite, LoadDatabase.Postgres], options.Databases);
        Assert.Equal(50, options.Conversations);
        Assert.False(options.Restart);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
