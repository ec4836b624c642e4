using System.Globalization;
using System.Text.Json.Nodes;
using Switchboard.Cards.Views;
using Switchboard.Domain.Routing;
using PreferredTarget = Switchboard.Domain.Requests.PreferredTarget;
using RequestKind = Switchboard.Domain.Requests.RequestKind;

namespace Switchboard.Cards.Tests;

/// <summary>
/// Representative data for every card, and the same cards filled with hostile text. Each case is a name and a
/// builder call; the golden tests, the hostile-data tests, the round-trip tests and the renderer validation all walk
/// the same list, so a new card added here is covered everywhere.
/// </summary>
internal static class Samples
{
    public static readonly CardContext English = new(CultureInfo.GetCultureInfo("en"), TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
    public static readonly CardContext French = new(CultureInfo.GetCultureInfo("fr"), TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));

    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 5, 0, TimeSpan.Zero);

    private static readonly ReasonLevel Expert = new(LevelKind.Proficiency, Proficiency.Expert, "expert");

    private static readonly VocabularyLabel ContractReview = new("legal.contracts", "contract and NDA review", "revue de contrats et NDA");

    private static readonly VocabularyLabel SoftwareLicences = new("it.software", "software installation and licences", "installation de logiciels et licences");

    public static CardContext Context(string language) => language == "fr" ? French : English;

    /// <summary>Every card with representative data, by golden file name.</summary>
    public static IReadOnlyDictionary<string, Func<CardContext, JsonObject>> Cards { get; } =
        new Dictionary<string, Func<CardContext, JsonObject>>
        {
            ["qualification"] = c => QualificationCard.Build(Qualification(), c),
            ["qualification-budget-spent"] = c => QualificationCard.Build(
                Qualification() with { Urgency = Urgency.High, Budget = new UrgentBudget(0, 3) }, c),
            ["proposal"] = c => ProposalCard.Build(Proposal(), c),
            ["proposal-stale-directory"] = c => ProposalCard.Build(Proposal() with { Directory = new StaleDirectory(Monday.AddHours(-3), "Microsoft Graph") }, c),
            ["status-offered"] = c => RequestStatusCard.Build(Status(RequestState.Offered), c),
            ["status-resolved"] = c => RequestStatusCard.Build(Status(RequestState.Resolved), c),
            ["offer"] = c => OfferCard.Build(Offer(), c),
            ["offer-closed-withdrawn"] = c => OfferClosedCard.Build(new OfferClosedView("Supplier contract review before Friday", "Sanjay Reddy", OfferClosedReason.Withdrawn, null), c),
            ["offer-closed-redirected"] = c => OfferClosedCard.Build(new OfferClosedView("Supplier contract review before Friday", "Sanjay Reddy", OfferClosedReason.Redirected, "Chloé Martin"), c),
            ["no-target"] = c => NoTargetCard.Build(NoTarget(), c),
            ["no-target-nobody-available"] = c => NoTargetCard.Build(
                NoTarget() with
                {
                    Cause = NoTargetCause.NobodyAvailable,
                    Topics = [ContractReview],
                    Reasons =
                    [
                        new RoutingReason(ReasonCode.ExpertsUnavailableNoTeam) { Topics = [ContractReview] },
                        new RoutingReason(ReasonCode.PassedOverOutOfOfficeUntil) { Name = "Tom Becker", Level = Expert, Until = new DateOnly(2026, 11, 30) },
                        new RoutingReason(ReasonCode.Unavailable) { Name = "Chloé Martin", Inner = new RoutingReason(ReasonCode.FocusUntil) { At = Monday.AddHours(6) } },
                        new RoutingReason(ReasonCode.RetryLaterOrLowerUrgency),
                    ],
                },
                c),
            // Recorded before reasons had codes: routing's English sentences, shown as they are.
            ["no-target-recorded-in-english"] = c => NoTargetCard.Build(
                NoTarget() with
                {
                    Topics = [VocabularyLabel.Plain("Software licensing")],
                    Reasons =
                    [
                        RoutingReason.Verbatim("understood the request as Software licensing, but nobody in the directory lists it as a skill or responsibility and no team covers it"),
                        RoutingReason.Verbatim("ask your manager who handles it, or ask the directory owners to add the skill to the right profiles"),
                    ],
                },
                c),
            ["no-target-not-understood"] = c => NoTargetCard.Build(
                NoTarget() with
                {
                    Cause = NoTargetCause.NotUnderstood,
                    Topics = [],
                    Reasons = [new RoutingReason(ReasonCode.NotMatched), new RoutingReason(ReasonCode.NameTheSubject)],
                },
                c),
            ["group-post"] = c => GroupPostCard.Build(GroupPost(claim: null), c),
            ["group-post-claimed"] = c => GroupPostCard.Build(GroupPost(new GroupClaim("Chloé Martin", Monday.AddMinutes(42))), c),
            ["introduction-requester"] = c => IntroductionCard.Build(Introduction(IntroductionSide.Requester), c),
            ["introduction-expert"] = c => IntroductionCard.Build(Introduction(IntroductionSide.Expert), c),
            ["rating"] = c => RatingCard.Build(new RatingView("req-2041", 9, "Supplier contract review before Friday", "Chloé Martin"), c),
            ["expert-settings"] = c => ExpertSettingsCard.Build(Settings(), c),
            ["report-summary"] = c => ReportSummaryCard.Build(Report(), c),
            ["error-stale"] = c => ErrorCard.Build(new ErrorView(CardErrorReason.StaleCard), c),
            ["error-invalid-field"] = c => ErrorCard.Build(new ErrorView(CardErrorReason.InvalidInput, "justification"), c),
            ["greeting"] = c => GreetingCard.Build(new GreetingView(IsExpert: false), c),
            ["greeting-expert"] = c => GreetingCard.Build(new GreetingView(IsExpert: true), c),
        };

    /// <summary>Every card builder once, with hostile text in every field a person can fill.</summary>
    public static IReadOnlyDictionary<string, Func<CardContext, JsonObject>> HostileCards { get; } =
        new Dictionary<string, Func<CardContext, JsonObject>>
        {
            ["qualification"] = c => QualificationCard.Build(
                Qualification() with { Subject = Hostile.Short, Details = Hostile.Huge, Tried = Hostile.Huge, Justification = Hostile.Short }, c),
            ["proposal"] = c => ProposalCard.Build(
                Proposal() with
                {
                    Subject = Hostile.Short,
                    Proposed = new RoutingTarget(RoutingTargetType.User, "u-1", Hostile.Short, 0.9, [Hostile.Short, Hostile.Huge, .. HostileReasons()]),
                    Alternatives = [new RoutingTarget(RoutingTargetType.Group, "g-1", null, 0.5, [.. HostileReasons().Reverse(), Hostile.Markdown])],
                },
                c),
            ["status"] = c => RequestStatusCard.Build(
                Status(RequestState.Offered) with
                {
                    Subject = Hostile.Short,
                    Steps =
                    [
                        new TimelineStep(Monday, TimelineStepKind.Declined, Hostile.Short, Hostile.Huge),
                        new TimelineStep(Monday.AddMinutes(1), TimelineStepKind.DetailsAsked, Hostile.Markdown, Hostile.Short),
                        new TimelineStep(Monday.AddMinutes(2), TimelineStepKind.UrgencyDowngraded, Hostile.Short, Hostile.Short, Urgency.Low),
                    ],
                },
                c),
            ["no-target"] = c => NoTargetCard.Build(
                NoTarget() with
                {
                    Subject = Hostile.Short,
                    Topics = [Hostile.Markdown, new VocabularyLabel("t", Hostile.Short, Hostile.Markdown)],
                    Reasons = [Hostile.Short, .. HostileReasons().Take(2), Hostile.Huge],
                },
                c),
            ["offer-closed"] = c => OfferClosedCard.Build(new OfferClosedView(Hostile.Short, Hostile.Markdown, OfferClosedReason.TakenByOther, Hostile.Short), c),
            ["offer"] = c => OfferCard.Build(
                Offer() with
                {
                    Request = HostileSummary(),
                    WhyYou = [Hostile.Short, .. HostileReasons().Skip(1).Take(2), Hostile.Markdown],
                    Colleagues = [new Colleague("u-9", Hostile.Short)],
                },
                c),
            ["group-post"] = c => GroupPostCard.Build(
                GroupPost(new GroupClaim(Hostile.Short, Monday)) with { GroupName = Hostile.Short, Request = HostileSummary() }, c),
            ["introduction"] = c => IntroductionCard.Build(
                Introduction(IntroductionSide.Requester) with
                {
                    Subject = Hostile.Short,
                    Summary = Hostile.Huge,
                    CounterpartName = Hostile.Markdown,
                    CounterpartUpn = "a&b=c@contoso.example?x=1#frag",
                },
                c),
            ["rating"] = c => RatingCard.Build(new RatingView("req-1", 1, Hostile.Short, Hostile.Markdown), c),
            ["expert-settings"] = c => ExpertSettingsCard.Build(
                Settings() with
                {
                    Topics = [new TopicChoice("t-1", Hostile.Short), new TopicChoice("t-2", Hostile.Huge)],
                    Colleagues = [new Colleague("u-1", Hostile.Markdown)],
                },
                c),
            ["report-summary"] = c => ReportSummaryCard.Build(Report() with { ReportTabUrl = new Uri("https://contoso.example/tab?q=\"<x>\"&r=${y}") }, c),
            ["error"] = c => ErrorCard.Build(new ErrorView(CardErrorReason.InvalidInput, Hostile.Short), c),
            ["greeting"] = c => GreetingCard.Build(new GreetingView(IsExpert: true), c),
        };

    public static QualificationView Qualification() => new(
        "req-2041",
        3,
        "Supplier contract review before Friday",
        "I need someone to review the liability clause of the Northwind supply contract before we sign on Friday.",
        RequestKind.Review,
        Urgency.High,
        Impact.Team,
        new DateOnly(2026, 11, 27),
        new TimeOnly(17, 0),
        "Read the legal wiki page on liability caps.",
        PreferredTarget.Auto,
        "Signature is on Friday morning",
        new UrgentBudget(2, 3));

    public static NoTargetView NoTarget() => new(
        "req-2042",
        4,
        "Who renews the licence of the plant's thermal camera software?",
        NoTargetCause.NobodyCovers,
        [SoftwareLicences],
        [
            new RoutingReason(ReasonCode.UnderstoodButNobodyLists) { Topics = [SoftwareLicences] },
            new RoutingReason(ReasonCode.AskWhoHandles),
        ]);

    public static ProposalView Proposal() => new(
        "req-2041",
        4,
        "Supplier contract review before Friday",
        new RoutingTarget(RoutingTargetType.User, "u-17", "Chloé Martin", 0.82,
        [
            new RoutingReason(ReasonCode.ProfileSkill) { Text = "Contract law", Level = Expert, AskMeAbout = true },
            new RoutingReason(ReasonCode.AvailableInWorkingHours),
            new RoutingReason(ReasonCode.SpeaksYourLanguage) { Text = "fr-FR" },
            new RoutingReason(ReasonCode.PassedOverOutOfOfficeUntil) { Name = "Tom Becker", Level = Expert, Until = new DateOnly(2026, 11, 30) },
        ]),
        [
            new RoutingTarget(RoutingTargetType.User, "u-23", "Omar Haddad", 0.64,
            [
                new RoutingReason(ReasonCode.Responsibility) { Text = "Procurement contracts", RelatedField = true },
                new RoutingReason(ReasonCode.OutsideHoursMayAnswerLater) { Hours = new LocalWorkingHours(new TimeOnly(8, 30), new TimeOnly(17, 0)) },
                new RoutingReason(ReasonCode.OpenRequests) { Count = 2, Capacity = 5 },
            ]),
            new RoutingTarget(RoutingTargetType.Group, "g-legal", "Legal requests", 0.51,
            [
                new RoutingReason(ReasonCode.ServiceHandledByDomain) { Topics = [ContractReview], Domain = new VocabularyLabel("legal", "legal", "juridique"), Name = "Legal requests" },
                new RoutingReason(ReasonCode.PostInChannel) { Text = "Demandes" },
            ]),
            new RoutingTarget(RoutingTargetType.User, "u-31", "Not shown", 0.2, ["Third alternative is cut"]),
        ]);

    public static RequestStatusView Status(RequestState state) => new(
        "req-2041",
        state == RequestState.Resolved ? 9 : 6,
        "Supplier contract review before Friday",
        Urgency.Normal,
        state,
        state == RequestState.Resolved
            ?
            [
                new TimelineStep(Monday, TimelineStepKind.Submitted),
                new TimelineStep(Monday.AddMinutes(1), TimelineStepKind.OfferedToPerson, "Chloé Martin"),
                new TimelineStep(Monday.AddMinutes(20), TimelineStepKind.Accepted, "Chloé Martin"),
                new TimelineStep(Monday.AddHours(26), TimelineStepKind.Resolved, "Chloé Martin"),
            ]
            :
            [
                new TimelineStep(Monday, TimelineStepKind.Submitted),
                new TimelineStep(Monday.AddMinutes(1), TimelineStepKind.OfferedToPerson, "Omar Haddad"),
                new TimelineStep(Monday.AddMinutes(9), TimelineStepKind.Declined, "Omar Haddad", "On leave until Monday"),
                new TimelineStep(Monday.AddMinutes(10), TimelineStepKind.UrgencyDowngraded, "Omar Haddad", "Signature moved to next week", Urgency.Normal),
                new TimelineStep(Monday.AddMinutes(11), TimelineStepKind.OfferedToPerson, "Chloé Martin"),
            ],
        Rated: false);

    public static OfferView Offer() => new(
        "req-2041",
        5,
        new RequestSummary(
            "Lucas Bernard",
            "Supplier contract review before Friday",
            "I need someone to review the liability clause of the Northwind supply contract before we sign on Friday.",
            RequestKind.Review,
            Urgency.High,
            "Signature is on Friday morning",
            Impact.Team,
            new DateTimeOffset(2026, 11, 27, 16, 0, 0, TimeSpan.Zero),
            "Read the legal wiki page on liability caps."),
        [
            new RoutingReason(ReasonCode.ProfileSkill) { Text = "Contract law", Level = Expert, AskMeAbout = true },
            new RoutingReason(ReasonCode.DeclaredSkill) { Text = "Négociation fournisseurs" },
            new RoutingReason(ReasonCode.InWorkingHours),
            new RoutingReason(ReasonCode.PresenceDoNotDisturb),
        ],
        [new Colleague("u-23", "Omar Haddad"), new Colleague("u-40", "Sofia Rossi")],
        CanDowngrade: true,
        Monday.AddHours(4));

    public static GroupPostView GroupPost(GroupClaim? claim) => new(
        "req-2077",
        claim is null ? 2 : 3,
        "IT service desk",
        new RequestSummary(
            "Lucas Bernard",
            "Access to the finance reporting workspace",
            "I joined the controlling team and need read access to the monthly reporting workspace.",
            RequestKind.Access,
            Urgency.Normal,
            string.Empty,
            Impact.Individual,
            Deadline: null,
            "Asked my manager, who pointed me here."),
        claim);

    public static IntroductionView Introduction(IntroductionSide side) => new(
        "req-2041",
        7,
        side,
        "Supplier contract review before Friday",
        "Review of the liability clause of the Northwind supply contract; signature on Friday morning.",
        side == IntroductionSide.Requester ? "Chloé Martin" : "Lucas Bernard",
        side == IntroductionSide.Requester ? "chloe.martin@contoso.example" : "lucas.bernard@contoso.example");

    public static ExpertSettingsView Settings() => new(
        12,
        new DateTimeOffset(2026, 11, 26, 15, 30, 0, TimeSpan.Zero),
        4,
        [new TopicChoice("contracts", "Contracts"), new TopicChoice("gdpr", "GDPR"), new TopicChoice("litigation", "Litigation")],
        ["litigation"],
        [new Colleague("u-23", "Omar Haddad"), new Colleague("u-40", "Sofia Rossi")],
        "u-23");

    public static ReportSummaryView Report() => new(
        new DateOnly(2026, 11, 1),
        new DateOnly(2026, 11, 30),
        Received: 128,
        Resolved: 117,
        Escalated: 4,
        TimeSpan.FromMinutes(134),
        0.87,
        new Uri("https://switchboard.contoso.example/tab/reports?period=2026-11"));

    /// <summary>Coded reasons whose values are hostile: the tenant's words and vocabulary labels reach the card as data.</summary>
    private static RoutingReason[] HostileReasons() =>
    [
        new RoutingReason(ReasonCode.ProfileSkill) { Text = Hostile.Short, Level = new ReasonLevel(LevelKind.Proficiency, Proficiency.Unknown, Hostile.Markdown), AskMeAbout = true },
        new RoutingReason(ReasonCode.TeamNamesSkill) { Name = Hostile.Markdown, Text = Hostile.Huge },
        new RoutingReason(ReasonCode.UnderstoodButNobodyLists) { Topics = [new VocabularyLabel("x", Hostile.Short, Hostile.Markdown)] },
        new RoutingReason(ReasonCode.Unavailable) { Name = Hostile.Short, Inner = new RoutingReason(ReasonCode.DoesNotTakeTopic) { Text = Hostile.Markdown } },
    ];

    private static RequestSummary HostileSummary() => new(
        Hostile.Markdown, Hostile.Short, Hostile.Huge, RequestKind.Problem, Urgency.Critical, Hostile.Huge, Impact.Company,
        Monday, Hostile.Huge);
}

/// <summary>Text chosen to break a card that concatenates, interprets markdown or templates, or trusts lengths.</summary>
internal static class Hostile
{
    /// <summary>Markdown that would be bold text and a script link if a TextBlock rendered it.</summary>
    public const string Markdown = "**x** [a](javascript:alert(1)) _i_ # h";

    /// <summary>Quotes, backslashes, newlines, templates, expressions, HTML, right-to-left text and controls, in one short line.</summary>
    public const string Short =
        "Say \"hi\" \\ 'there'\nline2\r\n{{DATE(2017-02-14T06:08:39Z, SHORT)}} ${expr} <script>alert(1)</script> "
        + "שלום مرحبا \u202Eevil\u202C\u0007 " + Markdown;

    /// <summary>10 KB: longer than any limit in <see cref="CardLimits"/>.</summary>
    public static readonly string Huge = string.Concat(Enumerable.Repeat(Short + " ", 10_240 / Short.Length + 1));
}
