using System.Globalization;
using System.Text;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Reports;
using Switchboard.Domain.Requests;
using Switchboard.Host.Tab.Resources;

namespace Switchboard.Host.Tab;

/// <summary>
/// What the reader asked for: a month (<c>yyyy-MM</c>) and a scope (empty: their own default; <c>all</c>; or a
/// person's id), with that person's name when the directory knows them.
/// </summary>
internal sealed record TabFilters(string Period, string Scope, string? ScopeName = null);

/// <summary>A person the reader may pick as the scope: their reporting line, or their own requests if nobody reports to them.</summary>
internal sealed record ScopeChoice(string Id, string Label);

/// <summary>
/// The Reports tab's HTML: the page shell, and the report itself as a fragment the page's script puts in place
/// (filters, one section per figure with its chart and the requests behind it, or the refusal). Everything that comes
/// from the directory or a request is HTML-encoded here, once, at the point it is written.
/// </summary>
internal sealed class ReportPage(TabTexts texts)
{
    /// <summary>Rows shown under a figure; the CSV export has them all.</summary>
    public const int MaxRowsPerFigure = 40;

    private const int MaxBars = 12;

    /// <summary>The page Teams loads: no report in it, only what the script needs to sign in and ask for one.</summary>
    public string Shell(bool developmentSignIn)
    {
        var language = texts.Culture.TwoLetterISOLanguageName;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{language}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(texts["Page_Title"])}</title>
            <link rel="icon" href="data:,">
            <link rel="stylesheet" href="/tab/assets/reports.css">
            <script src="/tab/assets/teams.js"></script>
            <script src="/tab/assets/reports.js" defer></script>
            </head>
            <body>
            <main id="tab" data-development-sign-in="{(developmentSignIn ? "true" : "false")}" data-lang="{language}">
            <h1>{E(texts["Page_Title"])}</h1>
            <p id="status" role="status">{E(texts["Page_Loading"])}</p>
            <p id="not-in-teams" class="notice" hidden>{E(texts["Page_NotInTeams"])}</p>
            """);
        if (developmentSignIn)
        {
            html.Append(CultureInfo.InvariantCulture, $"""
                <form id="dev-sign-in" class="notice" hidden>
                <label for="dev-user">{E(texts["Page_DevSignIn"])}</label>
                <input id="dev-user" name="devUser" type="text" autocomplete="off" size="40" required>
                <button type="submit">{E(texts["Page_DevSignInButton"])}</button>
                </form>
                """);
        }

        html.Append("""
            <div id="report" aria-live="polite"></div>
            </main>
            </body>
            </html>
            """);
        return html.ToString();
    }

    /// <summary>The report and the filters that produced it.</summary>
    public string Report(
        RoutingReport report, IReadOnlyDictionary<RequestId, SupportRequest> requests, DirectorySnapshot snapshot,
        TabFilters filters, ReportScopeKind defaultKind, IReadOnlyList<ScopeChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(report);
        var names = new Names(snapshot, texts);
        var html = new StringBuilder();
        Open(html);
        Filters(html, filters, defaultKind, choices);
        var month = MonthName(report.Period);
        var heading = report.Scope.Kind switch
        {
            ReportScopeKind.Everyone => texts.Format("Scope_Everyone", month),
            ReportScopeKind.ReportingLine => texts.Format("Scope_ReportingLine", month, names.Person(report.Scope.Root?.Value), report.Scope.People?.Count ?? 0),
            _ => texts.Format("Scope_Own", month, names.Person(report.Scope.Root?.Value)),
        };
        html.Append(CultureInfo.InvariantCulture, $"<h2 id=\"scope-heading\">{E(heading)}</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<p id=\"summary\">{E(texts.Format("Summary", report.Received.Count, report.Resolved.Count))}</p>");
        if (report.Received.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p id=\"empty\" class=\"notice\">{E(texts["Empty"])}</p>");
        }

        var figures = new Figures(texts, names, requests, html);
        figures.Topics(report);
        figures.Departments(report);
        figures.Times(report);
        figures.FirstOffered(report);
        figures.Outcomes(report);
        figures.Load(report);
        figures.Fairness(report);
        figures.Urgent(report);
        figures.UrgentByRequester(report);
        figures.SingleExpert(report);
        figures.Ratings(report);
        html.Append("</div>");
        return html.ToString();
    }

    /// <summary>A refusal in place of the report: said plainly, never an empty chart that would read as "no requests".</summary>
    public string Refusal(string message, TabFilters filters, ReportScopeKind defaultKind, IReadOnlyList<ScopeChoice> choices)
    {
        var html = new StringBuilder();
        Open(html);
        Filters(html, filters, defaultKind, choices);
        html.Append(CultureInfo.InvariantCulture, $"<div id=\"refusal\" class=\"refusal\" role=\"alert\"><h2>{E(texts["Refusal_Title"])}</h2><p>{E(message)}</p></div></div>");
        return html.ToString();
    }

    public string RefusalMessage(ReportDenialReason reason) => texts[$"Refusal_{reason}"];

    private void Open(StringBuilder html) =>
        html.Append(CultureInfo.InvariantCulture, $"<div id=\"report-body\" data-lang=\"{texts.Culture.TwoLetterISOLanguageName}\">");

    private void Filters(StringBuilder html, TabFilters filters, ReportScopeKind defaultKind, IReadOnlyList<ScopeChoice> choices)
    {
        html.Append(CultureInfo.InvariantCulture, $"<form id=\"filters\" class=\"filters\"><fieldset><legend>{E(texts["Filters_Legend"])}</legend>");
        html.Append(CultureInfo.InvariantCulture, $"<label for=\"period\">{E(texts["Filters_Period"])}</label> <input type=\"month\" id=\"period\" name=\"period\" value=\"{E(filters.Period)}\" required pattern=\"[0-9]{{4}}-[0-9]{{2}}\">");
        html.Append(CultureInfo.InvariantCulture, $" <label for=\"scope\">{E(texts["Filters_Scope"])}</label> <select id=\"scope\" name=\"scope\">");
        Option(html, string.Empty, texts[$"Filters_ScopeDefault_{defaultKind}"], filters.Scope);
        if (defaultKind == ReportScopeKind.Everyone)
        {
            Option(html, "all", texts["Filters_ScopeDefault_Everyone"], filters.Scope == string.Empty ? "\u0001" : filters.Scope);
        }

        foreach (var choice in choices)
        {
            Option(html, choice.Id, choice.Label, filters.Scope);
        }

        // A scope asked for in the address but not offered (another manager's team) stays visible as chosen.
        if (filters.Scope.Length > 0 && filters.Scope != "all" && choices.All(c => !string.Equals(c.Id, filters.Scope, StringComparison.OrdinalIgnoreCase)))
        {
            Option(html, filters.Scope, filters.ScopeName ?? filters.Scope, filters.Scope);
        }

        html.Append(CultureInfo.InvariantCulture, $"</select> <button type=\"submit\">{E(texts["Filters_Apply"])}</button></fieldset></form>");
    }

    private static void Option(StringBuilder html, string value, string label, string selected) =>
        html.Append(CultureInfo.InvariantCulture,
            $"<option value=\"{E(value)}\"{(string.Equals(value, selected, StringComparison.OrdinalIgnoreCase) ? " selected" : string.Empty)}>{E(label)}</option>");

    private string MonthName(ReportPeriod period)
    {
        var from = period.From.UtcDateTime;
        return period.To == period.From.AddMonths(1) && from.Day == 1
            ? from.ToString("MMMM yyyy", texts.Culture)
            : $"{from.ToString("d", texts.Culture)} – {period.To.UtcDateTime.AddTicks(-1).ToString("d", texts.Culture)}";
    }

    /// <summary>
    /// HTML-encodes text for element content and quoted attributes: the five characters that matter, and nothing
    /// else, so accents stay readable in the page's UTF-8.
    /// </summary>
    internal static string E(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text ?? string.Empty;
        }

        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return encoded.ToString();
    }

    /// <summary>Display names of people and groups, from the snapshot the report was decided on.</summary>
    private sealed class Names(DirectorySnapshot snapshot, TabTexts texts)
    {
        private readonly Dictionary<string, string> _people = snapshot.Users.ToDictionary(u => u.Id, u => u.DisplayName ?? u.Id, StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _groups = snapshot.Groups.ToDictionary(g => g.Id, g => g.DisplayName ?? g.Id, StringComparer.OrdinalIgnoreCase);

        public string Person(string? id) => id is null ? texts["Unknown"] : _people.GetValueOrDefault(id, id);

        public string Target(string id) => _people.TryGetValue(id, out var person) ? person : _groups.GetValueOrDefault(id, id);
    }

    /// <summary>One section per figure: heading, chart, and the requests behind it.</summary>
    private sealed class Figures(TabTexts texts, Names names, IReadOnlyDictionary<RequestId, SupportRequest> requests, StringBuilder html)
    {
        public void Topics(RoutingReport report) =>
            Section("fig-topics", texts["Fig_Topics"], texts["Fig_Topics_Note"], Rows(report.ByTopic), null, report.ByTopic.SelectMany(r => r.Total.Requests));

        public void Departments(RoutingReport report) =>
            Section("fig-departments", texts["Fig_Departments"], null, Rows(report.ByDepartment), null, report.ByDepartment.SelectMany(r => r.Total.Requests));

        public void Times(RoutingReport report)
        {
            Bar? Time(string key, TimeSpan? value) => value is { } v ? new Bar(texts[key], v.TotalMinutes, Duration(v)) : null;
            var bars = new[]
            {
                Time("Fig_Times_AcceptMedian", report.TimeToAccept.Median),
                Time("Fig_Times_AcceptP90", report.TimeToAccept.Percentile90),
                Time("Fig_Times_ResolveMedian", report.TimeToResolve.Median),
                Time("Fig_Times_ResolveP90", report.TimeToResolve.Percentile90),
            }.OfType<Bar>().ToList();
            Section("fig-times", texts["Fig_Times"], null, bars, null, report.TimeToAccept.Requests.Concat(report.TimeToResolve.Requests));
        }

        public void FirstOffered(RoutingReport report)
        {
            var share = report.AcceptedByFirstOffered;
            var bars = share.Whole == 0
                ? []
                : new List<Bar>
                {
                    new(texts["Fig_FirstOffered_Accepted"], share.Part, Share(share.Part, share.Whole)),
                    new(texts["Fig_FirstOffered_Other"], share.Whole - share.Part, Share(share.Whole - share.Part, share.Whole), "other"),
                };
            Section("fig-first-offered", texts["Fig_FirstOffered"], null, bars, share.Whole, share.Requests);
        }

        public void Outcomes(RoutingReport report)
        {
            var figures = new[]
            {
                ("Fig_Outcomes_Declined", report.Declined), ("Fig_Outcomes_Redirected", report.Redirected), ("Fig_Outcomes_Expired", report.Expired),
                ("Fig_Outcomes_Escalated", report.Escalated), ("Fig_Outcomes_Unanswered", report.Unanswered),
            };
            var bars = report.Received.Count == 0 ? [] : figures.Select(f => new Bar(texts[f.Item1], f.Item2.Count, Number(f.Item2.Count))).ToList();
            Section("fig-outcomes", texts["Fig_Outcomes"], null, bars, null, figures.SelectMany(f => f.Item2.Requests));
        }

        public void Load(RoutingReport report)
        {
            var bars = report.ExpertLoad.Take(MaxBars)
                .Select(l => new Bar(names.Person(l.Expert.Value), l.Taken.Count, $"{Number(l.Taken.Count)} {texts["Fig_Load_Taken"]} / {Number(l.Offered.Count)} {texts["Fig_Load_Offered"]}"))
                .ToList();
            Section("fig-load", texts["Fig_Load"], null, bars, null, report.ExpertLoad.SelectMany(l => l.Offered.Requests.Concat(l.Taken.Requests)));
        }

        public void Fairness(RoutingReport report)
        {
            var bars = report.Fairness.Take(MaxBars)
                .Select(f => new Bar(f.Topic, f.Gini, texts.Format("Fig_Fairness_Value", f.Gini.ToString("0.00", texts.Culture), f.Experts.Count)))
                .ToList();
            Section("fig-fairness", texts["Fig_Fairness"], null, bars, 1, report.Fairness.SelectMany(f => f.Requests));
        }

        public void Urgent(RoutingReport report)
        {
            var bars = report.UrgentByDepartment
                .Where(r => r.Urgent.Whole > 0)
                .OrderByDescending(r => r.Urgent.Rate).ThenBy(r => r.Key, StringComparer.Ordinal)
                .Take(MaxBars)
                .Select(r => new Bar(r.Key, r.Urgent.Rate ?? 0, Share(r.Urgent.Part, r.Urgent.Whole)))
                .ToList();
            var downgraded = report.UrgentDowngraded;
            var note = texts.Format("Fig_Urgent_Downgraded", downgraded.Part, downgraded.Whole);
            Section("fig-urgent", texts["Fig_Urgent"], note, bars, 1, report.UrgentByDepartment.SelectMany(r => r.Urgent.PartRequests));
        }

        public void UrgentByRequester(RoutingReport report)
        {
            var rows = report.UrgentByRequester.Where(r => r.Urgent.Part > 0).ToList();
            var bars = rows
                .OrderByDescending(r => r.Urgent.Rate).ThenByDescending(r => r.Urgent.Part).ThenBy(r => names.Person(r.Key), StringComparer.Ordinal)
                .Take(MaxBars)
                .Select(r => new Bar(names.Person(r.Key), r.Urgent.Rate ?? 0, Share(r.Urgent.Part, r.Urgent.Whole)))
                .ToList();
            Section("fig-urgent-requesters", texts["Fig_Urgent_ByRequester"], texts["Fig_Urgent_ByRequester_Note"], bars, 1, rows.SelectMany(r => r.Urgent.PartRequests));
        }

        public void SingleExpert(RoutingReport report)
        {
            var bars = report.SingleExpertTopics.Take(MaxBars)
                .Select(t => new Bar($"{t.Topic} — {names.Person(t.Expert.Value)}", t.Requests.Count, Number(t.Requests.Count)))
                .ToList();
            Section("fig-single-expert", texts["Fig_Single"], null, bars, null, report.SingleExpertTopics.SelectMany(t => t.Requests));
        }

        public void Ratings(RoutingReport report)
        {
            var right = report.Ratings.RightPerson;
            var bars = right.Whole == 0
                ? []
                : new List<Bar>
                {
                    new(texts["Fig_Ratings_RightPerson"], right.Part, Share(right.Part, right.Whole)),
                    new("≠ " + texts["Fig_Ratings_RightPerson"], right.Whole - right.Part, Share(right.Whole - right.Part, right.Whole), "other"),
                };
            var note = report.Ratings.AverageSpeed is { } speed ? texts.Format("Fig_Ratings_Speed", speed.ToString("0.0", texts.Culture)) : null;
            Section("fig-ratings", texts["Fig_Ratings"], note, bars, right.Whole, report.Ratings.Requests);
        }

        private List<Bar> Rows(IReadOnlyList<BreakdownRow> rows) =>
            rows.OrderByDescending(r => r.Total.Count).ThenBy(r => r.Key, StringComparer.Ordinal).Take(MaxBars)
                .Select(r => new Bar(r.Key, r.Total.Count, Number(r.Total.Count))).ToList();

        private void Section(string id, string title, string? note, List<Bar> bars, double? scaleMax, IEnumerable<RequestId> behind)
        {
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"figure\" id=\"{id}\" aria-labelledby=\"{id}-heading\"><h3 id=\"{id}-heading\">{E(title)}</h3>");
            if (note is not null)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{E(note)}</p>");
            }

            if (bars.Count == 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"no-data\">{E(texts["Chart_NoData"])}</p>");
            }
            else
            {
                var description = string.Join("; ", bars.Select(b => texts.Format("Chart_Desc", b.Label, b.ValueText)));
                html.Append(SvgChart.Bars(id, title, bars, description, scaleMax));
            }

            Behind(id, behind);
            html.Append("</section>");
        }

        private void Behind(string id, IEnumerable<RequestId> ids)
        {
            // Only requests a figure names are listed: the source may have loaded more than the scope.
            var rows = ids.Distinct().Select(i => requests.GetValueOrDefault(i)).OfType<SupportRequest>()
                .OrderBy(r => r.SentAt ?? r.CreatedAt).ThenBy(r => r.Id.Value).ToList();
            if (rows.Count == 0)
            {
                return;
            }

            html.Append(CultureInfo.InvariantCulture, $"<details class=\"behind\" id=\"{id}-requests\"><summary>{E(texts.Format("Behind_Summary", rows.Count))}</summary>");
            html.Append(CultureInfo.InvariantCulture, $"<table><caption>{E(texts.Format("Behind_Summary", rows.Count))}</caption><thead><tr>");
            foreach (var column in new[] { "Behind_Subject", "Behind_Requester", "Behind_Target", "Behind_State", "Behind_Sent", "Behind_Updated" })
            {
                html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{E(texts[column])}</th>");
            }

            html.Append("</tr></thead><tbody>");
            foreach (var request in rows.Take(MaxRowsPerFigure))
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(request.Qualification?.Subject ?? request.Text)}</td><td>{E(names.Person(request.Requester.Value))}</td>");
                html.Append(CultureInfo.InvariantCulture, $"<td>{E(Target(request))}</td><td>{E(texts[$"State_{request.State}"])}</td>");
                html.Append(CultureInfo.InvariantCulture, $"<td>{E(Date(request.SentAt))}</td><td>{E(Date(request.UpdatedAt))}</td></tr>");
            }

            html.Append("</tbody></table>");
            if (rows.Count > MaxRowsPerFigure)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{E(texts.Format("Behind_More", rows.Count - MaxRowsPerFigure))}</p>");
            }

            html.Append("</details>");
        }

        /// <summary>Who has it: the assignee, else whoever it is offered or posted to now, else routing's first proposal.</summary>
        private string Target(SupportRequest request) =>
            request.Assignee is { } assignee ? names.Person(assignee.Value)
            : request.CurrentOffer is { } offer ? names.Target(offer.TargetId)
            : request.Candidates.Count > 0 ? request.Candidates[0].DisplayName ?? names.Target(request.Candidates[0].Id)
            : texts["Nobody"];

        private string Date(DateTimeOffset? instant) =>
            instant is { } i ? i.UtcDateTime.ToString("g", texts.Culture) : string.Empty;

        private string Duration(TimeSpan span) =>
            span.TotalMinutes < 90 ? texts.Format("Unit_Minutes", Math.Round(span.TotalMinutes).ToString("0", texts.Culture))
            : span.TotalHours < 36 ? texts.Format("Unit_Hours", span.TotalHours.ToString("0.#", texts.Culture))
            : texts.Format("Unit_Days", span.TotalDays.ToString("0.#", texts.Culture));

        private string Share(int part, int whole) =>
            whole == 0 ? Number(part) : string.Create(texts.Culture, $"{part} ({(double)part / whole:0%})");

        private string Number(int value) => value.ToString("N0", texts.Culture);
    }
}
