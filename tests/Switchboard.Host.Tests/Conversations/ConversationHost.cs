using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Dispatch;
using Switchboard.Domain.Requests;
using Switchboard.Host.Tests.Infrastructure;
using Switchboard.Storage;

namespace Switchboard.Host.Tests.Conversations;

/// <summary>
/// The real host for whole conversations: the real adapter and bot, the demo company generated at a fixed instant (a
/// Thursday morning in Lyon), a clock the test moves, a real SQLite file and the fake connector on loopback. The
/// expiry clock is driven by the test, one tick at a time. <see cref="GraphConversationHost"/> adds a fake Graph.
/// </summary>
public class ConversationHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private readonly TestDataFolder _data = new();
    private int _disposed;

    public FakeBotConnector Connector { get; private set; } = null!;

    public FakeTimeProvider Clock { get; } = new(Start);

    public CapturingLoggerProvider Logs { get; } = new();

    public RequestConversation Conversation => Services.GetRequiredService<RequestConversation>();

    public IRequestStore Requests => Services.GetRequiredService<IRequestStore>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("MicrosoftAppId", string.Empty);
        builder.UseSetting("MicrosoftAppPassword", string.Empty);
        builder.UseSetting("Switchboard:Storage:DataFolder", _data.Path);
        builder.UseSetting("Switchboard:Conversations:RunExpiryClock", "false");

        // The test runs the dispatcher's rounds itself: with a clock that only moves when told, a polling loop would wait forever.
        builder.UseSetting("Switchboard:Dispatch:Enabled", "false");
        builder.UseSetting("Switchboard:Bot:DefaultServiceUrl", Connector.ServiceUrl.ToString());
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(Logs);
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public virtual async Task InitializeAsync()
    {
        Connector = await FakeBotConnector.StartAsync();
        _ = Services; // starts the host: the directory loads and the database is migrated before the first turn
        await WaitForDirectoryAsync();
    }

    /// <summary>Posts an activity and returns the HTTP answer's body as JSON (an invoke's response), or null when empty.</summary>
    public async Task<JsonElement?> PostAsync(JsonObject activity)
    {
        using var client = CreateClient();
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync();
        return body.Length == 0 ? null : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>
    /// Sends every due outbox row through the real dispatcher and gateway to the fake connector, as the hosted
    /// dispatcher would; moves the clock a few seconds when a rate-limit window holds rows back.
    /// </summary>
    public async Task DispatchAsync()
    {
        var dispatcher = Services.GetRequiredService<OutboxDispatcher>();
        for (var (idle, rounds) = (0, 0); idle < 2 && rounds < 200; rounds++)
        {
            var outcomes = await dispatcher.DispatchDueAsync(CancellationToken.None);
            if (outcomes.Count > 0)
            {
                idle = 0;
                continue;
            }

            idle++;
            Clock.Advance(TimeSpan.FromSeconds(31));
        }
    }

    /// <summary>Where the dispatcher recorded the activity sent under <paramref name="tag"/>.</summary>
    public async Task<SentActivity> SentAsync(string tag) =>
        await Services.GetRequiredService<ISentActivityLog>().FindAsync(tag, CancellationToken.None)
        ?? throw new InvalidOperationException($"Nothing was sent with the tag {tag}.");

    /// <summary>Dispatches the outbox and returns the connector calls that made, in order.</summary>
    public async Task<IReadOnlyList<ConnectorCall>> DispatchedCallsAsync()
    {
        var before = Connector.Calls.Count;
        await DispatchAsync();
        return Connector.Calls.Skip(before).ToList();
    }

    /// <summary>The requester's requests, newest first, as the store has them.</summary>
    public Task<IReadOnlyList<SupportRequest>> RequestsOfAsync(string requester) =>
        Requests.ListByRequesterAsync(new UserId(requester), openOnly: false, CancellationToken.None);

    public async Task<SupportRequest> RequestAsync(RequestId id) =>
        await Requests.FindAsync(id, CancellationToken.None) ?? throw new InvalidOperationException($"Request {id} is not stored.");

    /// <summary>The outbox rows of one request, in the order they were written.</summary>
    public async Task<IReadOnlyList<OutboxRow>> OutboxOfAsync(RequestId id)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<SwitchboardDbContext>>().CreateDbContextAsync();
        var rows = await db.OutboxMessages.Where(m => m.RequestId == id.Value).OrderBy(m => m.Sequence).ToListAsync();
        return rows.Select(m => new OutboxRow(m.Kind, m.ConversationKey, OutgoingActivity.FromJson(m.Payload))).ToList();
    }

    /// <summary>How many requests the store holds in all.</summary>
    public async Task<int> CountRequestsAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<SwitchboardDbContext>>().CreateDbContextAsync();
        return await db.Requests.CountAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>Stops the host, then the fakes, and deletes the data folder; once, however often it is called.</summary>
    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await base.DisposeAsync();
        await Connector.DisposeAsync();
        await DisposeFakesAsync();
        _data.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Stops the fakes a derived host started, after the host itself stopped.</summary>
    protected virtual ValueTask DisposeFakesAsync() => ValueTask.CompletedTask;

    private async Task WaitForDirectoryAsync()
    {
        var directory = Services.GetRequiredService<Domain.Directory.IPeopleDirectory>();
        for (var i = 0; i < 200 && directory.Current is null; i++)
        {
            await Task.Delay(50);
        }

        Assert.NotNull(directory.Current);
    }
}

/// <summary>One outbox row as the dispatcher will read it.</summary>
public sealed record OutboxRow(string Kind, string ConversationKey, OutgoingActivity Activity)
{
    public string? Tag => Activity.ActivityTag;

    public JsonElement Card => JsonDocument.Parse(Activity.CardJson ?? "null").RootElement;
}
