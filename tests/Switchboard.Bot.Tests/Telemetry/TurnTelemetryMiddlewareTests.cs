using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Switchboard.Bot.Security;
using Switchboard.Bot.Telemetry;

namespace Switchboard.Bot.Tests.Telemetry;

public sealed class TurnTelemetryMiddlewareTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly FakeTimeProvider _time = new();
    private readonly MeterListener _listener = new();
    private readonly List<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = [];
    private readonly TurnTelemetryMiddleware _middleware;

    public TurnTelemetryMiddlewareTests()
    {
        var meterFactory = _services.GetRequiredService<IMeterFactory>();
        _middleware = new TurnTelemetryMiddleware(new BotTelemetry(meterFactory), _time);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == BotTelemetry.MeterName && instrument.Meter.Scope == meterFactory)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    [Fact]
    public async Task OnTurn_AdmittedTurn_CountsItAsHandledWithItsDuration()
    {
        var context = TestActivities.ContextFor(new TestAdapter(), TestActivities.Personal(ActivityTypes.Message));

        await _middleware.OnTurnAsync(context, _ =>
        {
            context.TurnState.Set(new TurnAdmission(TestActivities.AllowedTenant));
            _time.Advance(TimeSpan.FromMilliseconds(250));
            return Task.CompletedTask;
        }, CancellationToken.None);

        var count = Assert.Single(_measurements, m => m.Instrument == "switchboard.bot.turns");
        Assert.Equal(1, count.Value);
        Assert.Equal("handled", count.Tags["switchboard.turn.outcome"]);
        Assert.Equal("message", count.Tags["switchboard.activity.type"]);
        Assert.Equal("msteams", count.Tags["switchboard.channel"]);
        var duration = Assert.Single(_measurements, m => m.Instrument == "switchboard.bot.turn.duration");
        Assert.Equal(0.25, duration.Value, precision: 3);
    }

    [Fact]
    public async Task OnTurn_TurnTheGuardDropped_CountsItAsRejectedWithBoundedTags()
    {
        var activity = TestActivities.Personal("made-up-type");
        activity.ChannelId = "slack";
        var context = TestActivities.ContextFor(new TestAdapter(), activity);

        await _middleware.OnTurnAsync(context, _ => Task.CompletedTask, CancellationToken.None);

        var count = Assert.Single(_measurements, m => m.Instrument == "switchboard.bot.turns");
        Assert.Equal("rejected", count.Tags["switchboard.turn.outcome"]);
        Assert.Equal("other", count.Tags["switchboard.activity.type"]);
        Assert.Equal("other", count.Tags["switchboard.channel"]);
    }

    [Fact]
    public async Task OnTurn_BotThrows_CountsAFailureAndRethrows()
    {
        var context = TestActivities.ContextFor(new TestAdapter(), TestActivities.Personal(ActivityTypes.Message));

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _middleware.OnTurnAsync(context, _ => throw new InvalidOperationException("boom"), CancellationToken.None));

        Assert.Equal("failed", Assert.Single(_measurements, m => m.Instrument == "switchboard.bot.turns").Tags["switchboard.turn.outcome"]);
    }

    [Fact]
    public async Task OnTurn_AnyTurn_IsOneSpanTaggedWithTypeChannelTenantAndOutcome()
    {
        var activity = TestActivities.Personal(ActivityTypes.Message);
        activity.Id = Guid.NewGuid().ToString();
        var spans = new List<System.Diagnostics.Activity>();
        using var spanListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == BotTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = span => { lock (spans) { spans.Add(span); } },
        };
        ActivitySource.AddActivityListener(spanListener);
        var context = TestActivities.ContextFor(new TestAdapter(), activity);

        using (var parent = new System.Diagnostics.Activity("test").Start())
        {
            await _middleware.OnTurnAsync(context, _ => Task.CompletedTask, CancellationToken.None);

            // Spans from tests running in parallel are told apart by their parent.
            var span = Assert.Single(spans, s => s.ParentSpanId == parent.SpanId);
            Assert.Equal("message", span.GetTagItem("switchboard.activity.type"));
            Assert.Equal("msteams", span.GetTagItem("switchboard.channel"));
            Assert.Equal(TestActivities.AllowedTenant, span.GetTagItem("switchboard.tenant"));
            Assert.Equal("rejected", span.GetTagItem("switchboard.turn.outcome"));
        }
    }

    public void Dispose()
    {
        _listener.Dispose();
        _services.Dispose();
    }

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        var tagMap = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            tagMap[tag.Key] = tag.Value;
        }

        lock (_measurements)
        {
            _measurements.Add((instrument.Name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), tagMap));
        }
    }
}
