using Microsoft.Extensions.Time.Testing;
using Moq;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Record;
using Switchboard.Domain.Reports;
using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Tests.Reports;

public sealed class ReportServiceTests
{
    private static readonly ReportPeriod November = ReportPeriod.Month(2026, 11);
    private readonly ReportHistory _history = new();
    private readonly Mock<IReportSource> _source = new();
    private readonly Mock<IAuditLog> _audit = new();
    private readonly AuditPseudonyms _pseudonyms = new(new byte[32]);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));

    public ReportServiceTests()
    {
        _source.Setup(s => s.ListSentAsync(November, It.IsAny<IReadOnlySet<string>?>(), It.IsAny<CancellationToken>())).ReturnsAsync(_history.All);
        _audit.Setup(a => a.AppendAsync(It.IsAny<AuditDraft>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((AuditDraft draft, CancellationToken _) => new AuditEntry(1, draft, new string('0', 64), new string('1', 64)));
    }

    private ReportService Service(IPeopleDirectory directory) =>
        new(_source.Object, new ReportAccessPolicy(directory, new ReportsOptions()), directory, _audit.Object, _pseudonyms, _time);

    [Theory]
    [InlineData(ReportUse.Viewed, AuditEntryKind.ReportViewed)]
    [InlineData(ReportUse.Exported, AuditEntryKind.ReportExported)]
    public async Task GetAsync_Manager_ReportOfTheirLineRecordedWithPseudonymsOnly(ReportUse use, AuditEntryKind kind)
    {
        var outcome = await Service(_history.Directory).GetAsync(ReportHistory.Rita, ReportScopeRequest.Default, November, use, CancellationToken.None);

        Assert.Equal(5, outcome.Report!.Received.Count);
        _source.Verify(s => s.ListSentAsync(November, It.Is<IReadOnlySet<string>>(p => p.SetEquals(new[] { "rita", "rhea", "raul" })), It.IsAny<CancellationToken>()));
        _audit.Verify(a => a.AppendAsync(
            It.Is<AuditDraft>(d => d.Kind == kind
                && d.Actor == _pseudonyms.Of(ReportHistory.Rita)
                && d.Subjects.SequenceEqual(new[] { _pseudonyms.Of(ReportHistory.Rita) })
                && d.Data["scope"] == "ReportingLine"
                && d.Data["requests"] == "5"
                && d.OccurredAt == _time.GetUtcNow()),
            It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task GetAsync_Allowed_HandsBackTheRequestsEveryFigureNames()
    {
        var outcome = await Service(_history.Directory).GetAsync(ReportHistory.Rita, ReportScopeRequest.Default, November, ReportUse.Viewed, CancellationToken.None);

        // The Reports tab lists the requests behind each figure from these.
        Assert.All(outcome.Report!.Received.Requests, id => Assert.Same(_history.All.Single(r => r.Id == id), outcome.Requests![id]));
    }

    [Fact]
    public async Task GetAsync_DirectoryOutage_DeniedWithoutReadingOrRecording()
    {
        var outcome = await Service(new InMemoryPeopleDirectory()).GetAsync(ReportHistory.Rita, ReportScopeRequest.Default, November, ReportUse.Viewed, CancellationToken.None);

        Assert.False(outcome.Allowed);
        Assert.Equal(ReportDenialReason.DirectoryUnavailable, outcome.Denial!.Reason);
        _source.VerifyNoOtherCalls();
        _audit.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task GetAsync_AnotherManagersTeam_DeniedWithoutReading()
    {
        var outcome = await Service(_history.Directory).GetAsync(ReportHistory.Rita, ReportScopeRequest.LineOf(ReportHistory.Mina), November, ReportUse.Exported, CancellationToken.None);

        Assert.Equal(ReportDenialReason.OutsideScope, outcome.Denial!.Reason);
        _source.VerifyNoOtherCalls();
    }
}
