using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Switchboard.Bot.Telemetry;

/// <summary>
/// The bot's traces and metrics: one span per turn from the <see cref="SourceName"/> activity source, and a turn
/// counter and duration histogram on the <see cref="MeterName"/> meter. The host subscribes to both by name.
/// </summary>
public sealed class BotTelemetry
{
    public const string SourceName = "Switchboard.Bot";
    public const string MeterName = "Switchboard.Bot";

    internal static readonly ActivitySource Source = new(SourceName);

    // The exporters' default buckets suit milliseconds; these are the ones ASP.NET Core uses for request
    // durations in seconds, so turn and request histograms line up on one dashboard.
    private static readonly InstrumentAdvice<double> DurationBuckets = new()
    {
        HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10],
    };

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;

    public BotTelemetry(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _turns = meter.CreateCounter<long>(
            "switchboard.bot.turns", unit: "{turn}", description: "Turns received on /api/messages, by outcome.");
        _turnDuration = meter.CreateHistogram<double>(
            "switchboard.bot.turn.duration",
            unit: "s",
            description: "Time from receiving an activity to the end of its turn.",
            tags: null,
            advice: DurationBuckets);
    }

    internal void RecordTurn(string activityType, string channel, TurnOutcome outcome, TimeSpan duration)
    {
        // Tags stay low-cardinality on purpose: tenants and raw sender values go on the span, not on the metrics.
        var tags = new TagList
        {
            { "switchboard.activity.type", activityType },
            { "switchboard.channel", channel },
            { "switchboard.turn.outcome", OutcomeTag(outcome) },
        };
        _turns.Add(1, tags);
        _turnDuration.Record(duration.TotalSeconds, tags);
    }

    internal static string OutcomeTag(TurnOutcome outcome) => outcome switch
    {
        TurnOutcome.Handled => "handled",
        TurnOutcome.Rejected => "rejected",
        TurnOutcome.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown turn outcome."),
    };
}

/// <summary>How a turn ended.</summary>
internal enum TurnOutcome
{
    /// <summary>The tenant guard admitted it and the bot ran without an exception.</summary>
    Handled,

    /// <summary>The tenant guard dropped it.</summary>
    Rejected,

    /// <summary>An exception escaped the pipeline (the adapter's error handler then answers).</summary>
    Failed,
}
