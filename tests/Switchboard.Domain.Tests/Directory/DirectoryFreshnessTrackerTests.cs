using Microsoft.Extensions.Time.Testing;
using Switchboard.Domain.Directory;

namespace Switchboard.Domain.Tests.Directory;

public sealed class DirectoryFreshnessTrackerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);

    [Fact]
    public void Current_NothingReported_IsNotStale()
    {
        var tracker = new DirectoryFreshnessTracker(_time);

        Assert.Same(DirectoryFreshness.Unknown, tracker.Current);
        Assert.False(tracker.Current.IsStale);
    }

    [Fact]
    public void RefreshFailed_AfterASuccess_StaleSinceTheFirstFailureAsOfTheLastSuccess()
    {
        var tracker = new DirectoryFreshnessTracker(_time);
        tracker.RefreshSucceeded("Microsoft Graph");
        _time.Advance(TimeSpan.FromMinutes(15));

        var first = tracker.RefreshFailed("Microsoft Graph", "HttpRequestException: 503", snapshotCapturedAt: Start.AddHours(-1));
        _time.Advance(TimeSpan.FromMinutes(15));
        var second = tracker.RefreshFailed("Microsoft Graph", "ODataError: 429", snapshotCapturedAt: Start.AddHours(-1));

        Assert.True(first);
        Assert.False(second);
        var current = tracker.Current;
        Assert.True(current.IsStale);
        Assert.Equal(Start, current.AsOf);
        Assert.Equal(Start.AddMinutes(15), current.FailingSince);
        Assert.Equal("ODataError: 429", current.Failure);
    }

    [Fact]
    public void RefreshFailed_BeforeAnySuccess_AsOfTheSnapshotsCaptureTime()
    {
        var tracker = new DirectoryFreshnessTracker(_time);

        tracker.RefreshFailed("Microsoft Graph", "timeout", snapshotCapturedAt: Start.AddHours(-2));

        Assert.Equal(Start.AddHours(-2), tracker.Current.AsOf);
    }

    [Fact]
    public void RefreshSucceeded_AfterFailures_CurrentAgainAndReportsTheRecoveryOnce()
    {
        var tracker = new DirectoryFreshnessTracker(_time);
        tracker.RefreshFailed("Microsoft Graph", "503", null);
        _time.Advance(TimeSpan.FromMinutes(30));

        var recovered = tracker.RefreshSucceeded("Microsoft Graph");
        var again = tracker.RefreshSucceeded("Microsoft Graph");

        Assert.True(recovered);
        Assert.False(again);
        Assert.False(tracker.Current.IsStale);
        Assert.Equal(Start.AddMinutes(30), tracker.Current.AsOf);
    }
}
