using System.ComponentModel.DataAnnotations;

namespace Switchboard.Domain.Dispatch;

/// <summary>
/// How the outbox dispatcher works (<c>Switchboard:Dispatch</c>). The rate limits default to the limits Teams
/// documents for bots and apply per host instance: with several instances, divide them among the instances.
/// </summary>
public sealed class DispatchOptions
{
    public const string SectionName = "Switchboard:Dispatch";

    /// <summary>
    /// Whether this instance dispatches. Any number of instances may (they never claim the same message); turning it
    /// off leaves an instance serving turns only, while the outbox keeps filling for the others.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Messages claimed at once (at most one per conversation).</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How long a claim holds; when it runs out before the outcome is recorded, another dispatcher sends the message
    /// again. A claimed message is only started while half of it is left, so half of it must outlast one send (with
    /// the Bot Connector gateway: conversation creation plus send, twice <c>Switchboard:Bot:SendTimeout</c>).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long the dispatcher waits before looking again when nothing was due.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Conversations sent to at the same time by one dispatcher (each conversation is always sent in order, one at a time).</summary>
    [Range(1, 256)]
    public int MaxParallelSends { get; set; } = 8;

    /// <summary>
    /// Rounds this instance runs at once. A round ends only when its slowest send does, so with one round a single
    /// connector call that hangs until the send timeout holds back every message that became due meanwhile (the load
    /// run measured 8 messages a second instead of the 50 Teams allows). Claims stay one at a time per instance.
    /// </summary>
    [Range(1, 16)]
    public int ConcurrentRounds { get; set; } = 4;

    /// <summary>Messages per conversation per second (Teams: 7).</summary>
    [Range(1, 1000)]
    public int PerConversationPerSecond { get; set; } = 7;

    /// <summary>Messages per conversation per 30 seconds (Teams: 60).</summary>
    [Range(1, 10000)]
    public int PerConversationPer30Seconds { get; set; } = 60;

    /// <summary>Messages per tenant per second (Teams: 50).</summary>
    [Range(1, 10000)]
    public int PerTenantPerSecond { get; set; } = 50;

    /// <summary>The first retry's delay after a transient failure without Retry-After; doubled at each failure.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest delay the backoff reaches.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan BackoffMax { get; set; } = TimeSpan.FromMinutes(5);
}
