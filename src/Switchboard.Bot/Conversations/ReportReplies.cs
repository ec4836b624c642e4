using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using Switchboard.Bot.Resources;
using Switchboard.Bot.Security;
using Switchboard.Cards;
using Switchboard.Cards.Views;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Reports;
using Switchboard.Domain.Requests;

namespace Switchboard.Bot.Conversations;

/// <summary>
/// The answer to "report": this month's figures for whatever the caller's role lets them see (a manager their
/// reporting line, an administrator everyone, anyone else their own requests) as a summary card, or a line saying
/// why there is none. The access check, the figures and the record's entry are the domain's <see cref="ReportService"/>.
/// </summary>
internal sealed class ReportReplies(
    ReportService reports,
    CardReaders readers,
    IOptions<ReportsOptions> options,
    IOptions<BotCredentialsOptions> credentials,
    TimeProvider time)
{
    private const string ReportsTabEntityId = "reports";

    public async Task<TurnAnswer> SummaryAsync(UserId user, string tenantId, CultureInfo culture, CancellationToken cancellationToken)
    {
        var period = ReportPeriod.MonthContaining(time.GetUtcNow());
        var outcome = await reports.GetAsync(user, ReportScopeRequest.Default, period, ReportUse.Viewed, cancellationToken);
        if (outcome.Report is not { } report)
        {
            return TurnAnswer.Notice(outcome.Denial!.Reason switch
            {
                ReportDenialReason.DirectoryUnavailable => BotTexts.ReportDirectoryUnavailable(culture),
                ReportDenialReason.UnknownUser => BotTexts.ReportUnknownUser(culture),

                // The default scope is whatever the viewer's role gives, so it is never outside it.
                _ => throw new UnreachableException($"The default report scope was refused as {outcome.Denial.Reason}."),
            });
        }

        var reader = await readers.ForAsync(user, tenantId, cancellationToken);
        var view = new ReportSummaryView(
            DateOnly.FromDateTime(report.Period.From.UtcDateTime),
            DateOnly.FromDateTime(report.Period.To.UtcDateTime).AddDays(-1),
            report.Received.Count,
            report.Resolved.Count,
            report.Escalated.Requests.Count,
            report.TimeToAccept.Median,
            report.Ratings.RightPerson.Rate,
            TabLink());
        var card = ReportSummaryCard.Build(view, new CardContext(culture, reader.TimeZone));
        return TurnAnswer.Card(AdaptiveCard.ToJson(card));
    }

    /// <summary>
    /// A Teams deep link to the personal Reports tab of the manifest. The link needs the Teams app's id: the
    /// configured one, else the bot's, which is the same app registration in the usual single-registration set-up.
    /// </summary>
    private Uri TabLink()
    {
        var appId = options.Value.TeamsAppId ?? credentials.Value.MicrosoftAppId;
        return string.IsNullOrWhiteSpace(appId)
            ? new Uri("https://teams.microsoft.com/")
            : new Uri($"https://teams.microsoft.com/l/entity/{Uri.EscapeDataString(appId)}/{ReportsTabEntityId}");
    }
}
