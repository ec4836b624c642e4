using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Reports;
using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing;
using Switchboard.Domain.Routing.Vocabulary;
using Switchboard.Host.Reports;
using Switchboard.Host.Tests.Infrastructure;

namespace Switchboard.Host.Tests.Tab;

/// <summary>
/// The real host with the Reports tab pointed at a loopback Entra ID look-alike, on the demo company, with November
/// 2026 seeded by the real seeder and one request whose subject is hostile HTML. Shared by the tab's test classes.
/// </summary>
public sealed class TabHost : IAsyncLifetime
{
    public const string Month = "2026-11";
    /// <summary>The report administrators: the ISO 14001 project group, whose owner is Jean-Marc Girard.</summary>
    public const string AdminGroup = "7e3a1c5d-0002-4a00-8000-000000000012";
    public const string HostileSubject = "<script>alert('x')</script> & <b>bold</b>";

    /// <summary>The demo company's people the tests act as.</summary>
    public static readonly (string Id, string Name) Helene = ("7e3a1c5d-0001-4a00-8000-000000000004", "Hélène Muller"),
        Florian = ("7e3a1c5d-0001-4a00-8000-000000000005", "Florian Guérin"),
        Samuel = ("7e3a1c5d-0001-4a00-8000-000000000006", "Samuel Hughes"),
        Nicolas = ("7e3a1c5d-0001-4a00-8000-0000000000fb", "Nicolas Bonnet"),
        Sanjay = ("7e3a1c5d-0001-4a00-8000-000000000003", "Sanjay Reddy"),
        JeanMarc = ("7e3a1c5d-0001-4a00-8000-0000000000cc", "Jean-Marc Girard");

    private readonly TestDataFolder _data = new();

    public FakeEntraId Entra { get; private set; } = null!;

    public SwitchboardApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Entra = await FakeEntraId.StartAsync(TeamsActivities.DemoTenant);
        var settings = new Dictionary<string, string?>(Entra.TabSettings) { ["Switchboard:Reports:AdministratorGroupId"] = AdminGroup };
        App = SwitchboardApp.Instance(_data, settings);
        await App.InitializeAsync();

        var services = App.Services;
        var directory = services.GetRequiredService<IPeopleDirectory>();
        for (var waited = 0; directory.Current is null && waited < 300; waited++)
        {
            await Task.Delay(100);
        }

        var store = services.GetRequiredService<IRequestStore>();
        var expiry = services.GetRequiredService<IOfferExpiry>();
        await new DemoHistorySeeder(directory, store, expiry, services.GetRequiredService<TopicVocabulary>())
            .SeedAsync(ReportPeriod.Month(2026, 11), 150, CancellationToken.None);
        await SaveHostileAsync(directory, store, expiry);
    }

    /// <summary>Samuel (in Hélène's line) asks Florian something whose subject is HTML.</summary>
    private static async Task SaveHostileAsync(IPeopleDirectory directory, IRequestStore store, IOfferExpiry expiry)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 17, 10, 0, 0, TimeSpan.Zero));
        var context = new LifecycleContext(clock, expiry, new DirectoryOrganisation(directory));
        var samuel = new UserId(Samuel.Id);
        var request = SupportRequest.Create(RequestId.New(), samuel, HostileSubject, clock);
        Succeed(request.Qualify(Actor.Person(samuel), request.Version, new Qualification { Subject = HostileSubject }, UrgencyBudgetStatus.Unlimited, context));
        Succeed(request.Propose(Actor.System, request.Version, [new Candidate(TargetKind.Person, Florian.Id, Florian.Name, 0.9, ["knows it"])], null, context));
        Succeed(request.Confirm(Actor.Person(samuel), request.Version, Florian.Id, UrgencyBudgetStatus.Unlimited, context));
        clock.Advance(TimeSpan.FromMinutes(20));
        Succeed(request.Accept(Actor.Person(new UserId(Florian.Id)), request.Version, context));
        Assert.True((await store.SaveAsync(request, [], null, CancellationToken.None)).Saved);
    }

    /// <summary>GET on the host, with a bearer token when given.</summary>
    public async Task<HttpResponseMessage> GetAsync(string path, string? token = null, string? acceptLanguage = null)
    {
        using var client = App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        return await client.SendAsync(request);
    }

    /// <summary>The report as <paramref name="viewer"/>, signed in with a good token.</summary>
    public Task<HttpResponseMessage> ReportAsync((string Id, string Name) viewer, string query = "") =>
        GetAsync($"/tab/api/report?period={Month}{query}", Entra.Mint(viewer.Id));

    private static void Succeed(TransitionResult result) => Assert.True(result.Succeeded, result.Rejection?.Reason);

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Entra.DisposeAsync();
        _data.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class TabCollection : ICollectionFixture<TabHost>
{
    public const string Name = "Reports tab";
}
