using Microsoft.Extensions.DependencyInjection;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Reports;
using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing.Vocabulary;
using Switchboard.Host.Reports;

namespace Switchboard.Host.Tests.Tab;

/// <summary>The demo history the tab is tried on: every kind of story happens, and a second run saves nothing.</summary>
[Collection(TabCollection.Name)]
public sealed class DemoHistorySeederTests(TabHost host)
{
    [Fact]
    public async Task Seed_SameMonthAgain_SavesNothingAndFindsEveryRequest()
    {
        var again = await Seeder().SeedAsync(ReportPeriod.Month(2026, 11), 150, CancellationToken.None);

        Assert.Equal(0, again.Saved);
        Assert.Equal(150, again.AlreadyThere + again.NotRouted + again.StoppedEarly);
        Assert.True(again.AlreadyThere >= 140, $"{again.AlreadyThere} of 150 requests were routed and played");
    }

    [Fact]
    public async Task Seed_Month_EveryFigureHasSomethingToShow()
    {
        var report = (await host.App.Services.GetRequiredService<ReportService>()
            .GetAsync(new UserId(TabHost.JeanMarc.Id), ReportScopeRequest.Everyone, ReportPeriod.Month(2026, 11), ReportUse.Viewed, CancellationToken.None)).Report!;

        Assert.InRange(report.Received.Count, 140, 151);
        Assert.All(
            new[] { report.Resolved, report.Declined, report.Redirected, report.Expired, report.Escalated, report.Unanswered },
            figure => Assert.True(figure.Count > 0, "each outcome happens at least once"));
        Assert.True(report.AcceptedByFirstOffered.Part > 0 && report.AcceptedByFirstOffered.Part < report.AcceptedByFirstOffered.Whole);
        Assert.True(report.UrgentDowngraded.Part > 0);
        Assert.True(report.Ratings.RightPerson.Whole > 0);
        Assert.NotEmpty(report.Fairness);
        Assert.NotEmpty(report.SingleExpertTopics);
        Assert.True(report.ByTopic.Count >= 8, $"{report.ByTopic.Count} topics");
    }

    private DemoHistorySeeder Seeder()
    {
        var services = host.App.Services;
        return new DemoHistorySeeder(
            services.GetRequiredService<IPeopleDirectory>(), services.GetRequiredService<IRequestStore>(),
            services.GetRequiredService<IOfferExpiry>(), services.GetRequiredService<TopicVocabulary>());
    }
}
