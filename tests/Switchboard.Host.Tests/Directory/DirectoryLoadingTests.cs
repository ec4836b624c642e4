using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Switchboard.DemoCompany;
using Switchboard.Domain.Directory;
using Switchboard.Host.DirectoryLoading;

namespace Switchboard.Host.Tests.DirectoryLoading;

public sealed class DirectoryLoadingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Start_NoSnapshotFile_ActivatesTheDemoCompany()
    {
        using var folder = new TempDirectory();
        using var host = BuildHost(folder, snapshotFile: null);

        await StartAndWaitForLoadAsync(host);

        var directory = host.Services.GetRequiredService<IPeopleDirectory>();
        Assert.Equal(Switchboard.DemoCompany.DemoCompany.TenantId, directory.Current!.TenantId);
        Assert.Equal(Now, directory.Current.CapturedAt);
        Assert.True(directory.Current.Users.Count >= 300);
        Assert.Equal(new DemoCompanySource(TimeProvider.System).Name, directory.Source);
        await host.StopAsync();
    }

    [Fact]
    public async Task Start_RelativeSnapshotFile_LoadsItFromTheContentRoot()
    {
        using var folder = new TempDirectory();
        var path = folder.Write("tenant.json", """{ "tenantId": "file-tenant", "users": [ { "id": "only" } ] }""");
        using var host = BuildHost(folder, snapshotFile: "tenant.json");

        await StartAndWaitForLoadAsync(host);

        var directory = host.Services.GetRequiredService<IPeopleDirectory>();
        Assert.Equal("file-tenant", directory.Current!.TenantId);
        Assert.Equal("snapshot file " + path, directory.Source);
        await host.StopAsync();
    }

    [Fact]
    public async Task Start_SnapshotFileMissing_FailsValidationNamingTheSetting()
    {
        using var folder = new TempDirectory();
        using var host = BuildHost(folder, snapshotFile: "missing.json");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Switchboard:Directory:SnapshotFile", error.Message, StringComparison.Ordinal);
        Assert.Contains("missing.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadinessCheck_BeforeAndAfterLoad_IsUnhealthyThenHealthyWithSourceAndCounts()
    {
        using var folder = new TempDirectory();
        using var host = BuildHost(folder, snapshotFile: null);
        var health = host.Services.GetRequiredService<HealthCheckService>();

        var before = await health.CheckHealthAsync(c => c.Tags.Contains(HostingExtensions.ReadyTag));
        await StartAndWaitForLoadAsync(host);
        var after = await health.CheckHealthAsync(c => c.Tags.Contains(HostingExtensions.ReadyTag));

        Assert.Equal(HealthStatus.Unhealthy, before.Entries[DirectoryHealthCheck.Name].Status);
        var entry = after.Entries[DirectoryHealthCheck.Name];
        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Contains(Switchboard.DemoCompany.DemoCompany.Name, (string)entry.Data["source"], StringComparison.Ordinal);
        Assert.True((int)entry.Data["users"] >= 300);
        await host.StopAsync();
    }

    [Fact]
    public void AddSwitchboardDirectory_CalledTwice_RegistersOneLoader()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });

        builder.AddSwitchboardDirectory();
        builder.AddSwitchboardDirectory();

        Assert.Single(builder.Services, d => d.ImplementationType == typeof(DirectoryLoader));
        Assert.Equal(2, builder.Services.Count(d => d.ServiceType == typeof(DirectorySourceRegistration)));
    }

    [Fact]
    public async Task LoadAsync_SourceFails_RethrowsAndActivatesNothing()
    {
        var failing = new Mock<IDirectorySnapshotSource>();
        failing.SetupGet(s => s.Name).Returns("broken source");
        failing.Setup(s => s.LoadAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidDataException("corrupt export"));
        var directory = new InMemoryPeopleDirectory();
        var loader = LoaderFor(directory, (failing.Object, 10, true));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => loader.LoadAsync(CancellationToken.None));

        Assert.Equal("corrupt export", error.Message);
        Assert.Null(directory.Current);
    }

    [Fact]
    public async Task LoadAsync_SeveralSources_TakesTheHighestConfiguredPriority()
    {
        var directory = new InMemoryPeopleDirectory();
        var loader = LoaderFor(
            directory,
            (SourceReturning("fallback"), DirectorySourcePriority.DemoCompany, true),
            (SourceReturning("unconfigured graph"), DirectorySourcePriority.Graph + 1000, false),
            (SourceReturning("graph"), DirectorySourcePriority.Graph, true));

        await loader.LoadAsync(CancellationToken.None);

        Assert.Equal("graph", directory.Source);
        Assert.Equal("graph", directory.Current!.TenantId);
    }

    private static IHost BuildHost(TempDirectory folder, string? snapshotFile)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = folder.Path,
            EnvironmentName = Environments.Development,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Switchboard:Directory:SnapshotFile"] = snapshotFile,
        });
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        builder.AddSwitchboardDirectory();
        return builder.Build();
    }

    private static async Task StartAndWaitForLoadAsync(IHost host)
    {
        await host.StartAsync();
        var loader = host.Services.GetServices<IHostedService>().OfType<DirectoryLoader>().Single();
        await loader.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private static IDirectorySnapshotSource SourceReturning(string name)
    {
        var source = new Mock<IDirectorySnapshotSource>();
        source.SetupGet(s => s.Name).Returns(name);
        source.Setup(s => s.LoadAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new DirectorySnapshot { TenantId = name });
        return source.Object;
    }

    private static DirectoryLoader LoaderFor(IPeopleDirectory directory, params (IDirectorySnapshotSource Source, int Priority, bool Configured)[] sources) =>
        LoaderFor(directory, sources.Select(s => new DirectorySourceRegistration(s.Priority, _ => s.Configured, _ => s.Source)).ToArray());

    private static DirectoryLoader LoaderFor(IPeopleDirectory directory, params DirectorySourceRegistration[] registrations)
    {
        var services = new ServiceCollection().BuildServiceProvider();
        return new(
            new DirectorySourceSelector(registrations, services),
            services,
            directory,
            new FakeTimeProvider(Now),
            NullLogger<DirectoryLoader>.Instance);
    }

    [Fact]
    public async Task LoadAsync_ChosenSourceLoadsItself_LeavesTheLoadToItsOwnService()
    {
        var graph = new Mock<IDirectorySnapshotSource>();
        graph.SetupGet(s => s.Name).Returns("Microsoft Graph");
        var directory = new InMemoryPeopleDirectory();
        var loader = LoaderFor(
            directory,
            new DirectorySourceRegistration(200, _ => true, _ => graph.Object, LoadsItself: true),
            new DirectorySourceRegistration(0, _ => true, _ => SourceReturning("demo")));

        await loader.LoadAsync(CancellationToken.None);

        graph.Verify(s => s.LoadAsync(It.IsAny<CancellationToken>()), Times.Never);
        Assert.Null(directory.Current);
    }
}
