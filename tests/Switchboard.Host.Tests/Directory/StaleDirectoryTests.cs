using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Core;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Switchboard.DemoCompany;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Directory;
using Switchboard.Graph.FakeServer;
using Switchboard.Host.Tests.Conversations;
using Switchboard.Host.Tests.Infrastructure;
using Switchboard.Storage;

namespace Switchboard.Host.Tests.DirectoryLoading;

/// <summary>
/// Microsoft Graph down or throttled while the host runs: the real host syncs the demo company from the fake Graph
/// server on loopback, then the server answers every refresh with 503 or 429. The next requester is still routed, from
/// the last good snapshot, and their card says so; once Graph answers again the notice goes away by itself.
/// </summary>
public sealed class StaleDirectoryTests
{
    private static readonly Dictionary<string, string> QualificationInputs = DemoPeople.ContractQualification("The supplier wants unlimited liability.");

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    public async Task GraphFailsOnRefresh_NextTurnIsRoutedAndSaysTheDirectoryIsStale_UntilGraphRecovers(int status)
    {
        await using var host = await GraphBackedHost.StartAsync();
        Assert.False(host.Freshness.Current.IsStale);
        Assert.Equal("Healthy", await host.ReadinessAsync());

        // Graph fails every request of the next refresh, the SDK's own retries included.
        host.Graph.AddFault(new FakeFault { When = _ => true, Status = status, Code = status == 429 ? "TooManyRequests" : "ServiceUnavailable", RetryAfterSeconds = 0, Times = int.MaxValue });
        await host.RefreshAsync(expectStale: true);

        var proposal = await host.ProposalForAsync(DemoPeople.Sanjay);
        var text = proposal.GetRawText();
        Assert.Contains("Benoît Haddad", text, StringComparison.Ordinal);
        Assert.Contains("Microsoft Graph cannot be reached, so routing may miss recent changes", text, StringComparison.Ordinal);
        Assert.Contains("Directory as of", text, StringComparison.Ordinal);
        Assert.Equal("Degraded", await host.ReadinessAsync());
        var stale = Assert.Single(host.Logs.Entries, e => e.EventId.Id == 5008);
        Assert.Equal(LogLevel.Warning, stale.Level);

        // Graph answers again: the next delta succeeds, and the card the requester gets next has no notice.
        host.Graph.ClearFaults();
        await host.RefreshAsync(expectStale: false);

        var status2 = Play.CardOf(await host.PostAsync(Play.Click(host.Connector.ServiceUrl, DemoPeople.Sanjay, proposal, "proposal.confirm")));
        Assert.Contains("request.withdraw", status2.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("cannot be reached", status2.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("Healthy", await host.ReadinessAsync());
        Assert.Single(host.Logs.Entries, e => e.EventId.Id == 5009);
    }

    [Fact]
    public async Task GraphDown_FrenchRequester_ReadsTheNoticeInFrench()
    {
        await using var host = await GraphBackedHost.StartAsync();
        host.Graph.AddFault(new FakeFault { When = _ => true, Status = 503, Code = "ServiceUnavailable", RetryAfterSeconds = 0, Times = int.MaxValue });
        await host.RefreshAsync(expectStale: true);

        var proposal = await host.ProposalForAsync(DemoPeople.Sanjay with { Locale = "fr-FR" });

        Assert.Contains("Microsoft Graph est injoignable, le routage peut ignorer les changements récents", proposal.GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The real host with Microsoft Graph configured against the fake server, a clock the test moves (each move past
    /// the delta interval runs one scheduled sync), the dispatcher off and a real SQLite file.
    /// </summary>
    private sealed class GraphBackedHost : WebApplicationFactory<Program>
    {
        private static readonly TimeSpan DeltaInterval = TimeSpan.FromSeconds(10);
        private readonly TestDataFolder _data = new();

        private GraphBackedHost(FakeGraphServer graph, FakeBotConnector connector)
        {
            Graph = graph;
            Connector = connector;
        }

        public FakeGraphServer Graph { get; }

        public FakeBotConnector Connector { get; }

        public FakeTimeProvider Clock { get; } = new(ConversationHost.Start);

        public CapturingLoggerProvider Logs { get; } = new();

        public IDirectoryFreshness Freshness => Services.GetRequiredService<IDirectoryFreshness>();

        public static async Task<GraphBackedHost> StartAsync()
        {
            var graph = await FakeGraphServer.StartAsync(DemoCompanyGenerator.Generate(ConversationHost.Start));
            var host = new GraphBackedHost(graph, await FakeBotConnector.StartAsync());
            var directory = host.Services.GetRequiredService<IPeopleDirectory>();
            for (var i = 0; i < 400 && directory.Current is null; i++)
            {
                await Task.Delay(50);
            }

            Assert.Equal("Microsoft Graph", directory.Source);
            return host;
        }

        /// <summary>Moves the clock past the delta interval and waits until the sync it starts has been judged.</summary>
        public async Task RefreshAsync(bool expectStale)
        {
            var syncsBefore = Logs.Entries.Count(e => e.EventId.Id is 5001 or 5002);
            Clock.Advance(DeltaInterval + TimeSpan.FromSeconds(1));
            // Up to a minute: with Graph failing, the SDK's own retries come first, and a loaded machine (two test runs at once) has
            // taken longer than 15 s to get through them. The loop ends as soon as the sync is judged.
            for (var i = 0; i < 2400 && Logs.Entries.Count(e => e.EventId.Id is 5001 or 5002) == syncsBefore; i++)
            {
                await Task.Delay(25);
            }

            // The sync service logs its verdict, then records it: the state may follow the log entry by a moment.
            for (var i = 0; i < 200 && Freshness.Current.IsStale != expectStale; i++)
            {
                await Task.Delay(25);
            }

            Assert.Equal(expectStale, Freshness.Current.IsStale);
        }

        /// <summary>The requester writes the contract question and fills in the form; returns the proposal card.</summary>
        public async Task<JsonElement> ProposalForAsync(DemoPerson requester)
        {
            await PostAsync(Play.Message(Connector.ServiceUrl, requester, DemoPeople.ContractQuestion));
            await using var db = await Services.GetRequiredService<IDbContextFactory<SwitchboardDbContext>>().CreateDbContextAsync();
            var form = await db.OutboxMessages.OrderByDescending(m => m.Sequence).FirstAsync();
            var card = JsonDocument.Parse(OutgoingActivity.FromJson(form.Payload).CardJson!).RootElement;
            return Play.CardOf(await PostAsync(Play.Click(Connector.ServiceUrl, requester, card, "qualification.submit", QualificationInputs)));
        }

        public async Task<JsonElement?> PostAsync(JsonObject activity)
        {
            using var client = CreateClient();
            using var response = await client.PostAsJsonAsync("/api/messages", activity);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadAsStringAsync();
            return body.Length == 0 ? null : JsonDocument.Parse(body).RootElement.Clone();
        }

        /// <summary>What <c>/readyz</c> says; it must stay 200 while degraded, so the instance keeps its traffic.</summary>
        public async Task<string> ReadinessAsync()
        {
            using var client = CreateClient();
            using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            await Connector.DisposeAsync();
            await Graph.DisposeAsync();
            _data.Dispose();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            var tenant = TeamsActivities.DemoTenant;
            builder.UseEnvironment("Development");
            builder.UseSetting("MicrosoftAppId", string.Empty);
            builder.UseSetting("MicrosoftAppPassword", string.Empty);
            builder.UseSetting("Switchboard:Storage:DataFolder", _data.Path);
            builder.UseSetting("Switchboard:Conversations:RunExpiryClock", "false");
            builder.UseSetting("Switchboard:Dispatch:Enabled", "false");
            builder.UseSetting("Switchboard:Bot:DefaultServiceUrl", Connector.ServiceUrl.ToString());
            builder.UseSetting("Switchboard:Graph:TenantId", tenant);
            builder.UseSetting("Switchboard:Graph:ClientId", "stale-directory-test");
            builder.UseSetting("Switchboard:Graph:ClientSecret", "unused: the credential is fake");
            builder.UseSetting("Switchboard:Graph:BaseUrl", Graph.BaseUrl);
            builder.UseSetting("Switchboard:Graph:BetaBaseUrl", Graph.BetaBaseUrl);
            builder.UseSetting("Switchboard:Graph:UseBetaProfile", "true");
            builder.UseSetting("Switchboard:Graph:SyncPresence", "false");
            builder.UseSetting("Switchboard:Graph:DeltaInterval", DeltaInterval.ToString());
            builder.UseSetting("Switchboard:Graph:DirectoryInterval", "06:00:00");
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<ILoggerProvider>(Logs);
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);
                services.RemoveAll<TokenCredential>();
                services.AddSingleton<TokenCredential>(new FakeTokenCredential());
            });
        }
    }
}
