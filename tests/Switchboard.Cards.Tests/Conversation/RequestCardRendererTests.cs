using System.Globalization;
using Switchboard.Cards.Conversation;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing;
using Switchboard.Domain.Routing.Vocabulary;

namespace Switchboard.Cards.Tests.Conversation;

/// <summary>The mapping from the request aggregate to the cards: names from the directory, each reader's language, every step.</summary>
public sealed class RequestCardRendererTests
{
    private static readonly UserId Requester = new("requester");
    private static readonly UserId Expert = new("expert");
    private static readonly UserId Colleague = new("colleague");

    private readonly FixedTime _time = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryPeopleDirectory _directory = new();
    private readonly RequestCardRenderer _renderer;

    /// <summary>The built-in vocabulary, loaded once for all tests: it is immutable, and loading it (with its lexicon) takes a fraction of a second.</summary>
    private static readonly Lazy<TopicVocabulary> Vocabulary = new(() => TopicVocabulary.Load());

    public RequestCardRendererTests()
    {
        _directory.Activate(
            new DirectorySnapshot
            {
                Users =
                [
                    new DirectoryUser { Id = Requester.Value, DisplayName = "Camille \"Cam\" Martin", Department = "Sales" },
                    new DirectoryUser { Id = Expert.Value, DisplayName = "Benoît Haddad", Department = "Legal", UserPrincipalName = "benoit@example.com" },
                    new DirectoryUser { Id = Colleague.Value, DisplayName = "Inès Roche", Department = "Legal" },
                ],
            },
            "test");
        _renderer = new RequestCardRenderer(_directory, new RoutingIndexCache(_directory, Vocabulary.Value, new RoutingOptions()), new RequestRouter(), _time);
    }

    [Fact]
    public void Status_AnUndeliverableOfferInFrench_NamesThePersonAndTheReasonInFrench()
    {
        var request = Offered();
        Assert.True(request.SkipUndeliverable(Actor.System, request.Version, "403 ConversationBlockedByUser", Context()).Succeeded);

        var card = _renderer.Status(request, Reader(Requester, "fr"));

        Assert.Contains("Impossible de joindre Benoît Haddad (403 ConversationBlockedByUser)", card, StringComparison.Ordinal);
        Assert.Contains("request.withdraw", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_AnOfferSkippedByRoutingsRulesInFrench_SaysTheRuleInFrenchInTheReadersZone()
    {
        var request = Offered();
        var focus = new RoutingReason(ReasonCode.FocusUntil) { At = new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero) };
        Assert.True(request.SkipUndeliverable(Actor.System, request.Version, focus.ToString(), Context(), focus).Succeeded);

        var french = _renderer.Status(request, new CardReader(Requester, CultureInfo.GetCultureInfo("fr"), TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")));

        Assert.Contains("Impossible de joindre Benoît Haddad (en mode concentration jusqu\\u0027au 26/11/2026 16:00)", french, StringComparison.Ordinal);
        Assert.Equal("in focus mode until 2026-11-26T15:00:00.0000000+00:00", request.History.Last(e => e.Kind == RequestEventKind.OfferUndeliverable).Reason);
    }

    [Fact]
    public void Offer_ToTheExpert_ShowsTheRequesterVerbatimAndOffersTheirDepartmentForARedirect()
    {
        var request = Offered();

        var card = _renderer.Offer(request, Reader(Expert, "en"));

        Assert.Contains("Camille \\u0022Cam\\u0022 Martin", card, StringComparison.Ordinal);
        Assert.Contains(Colleague.Value, card, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"value\":\"{Requester.Value}\"", card, StringComparison.Ordinal);
        Assert.Contains("offer.accept", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Offer_CodedReasonsToAFrenchExpert_SaidInFrenchWithTheirOwnSkillAsWritten()
    {
        var request = Offered(
        [
            new RoutingReason(ReasonCode.ProfileSkill) { Text = "Contract law", Level = new ReasonLevel(LevelKind.Proficiency, Proficiency.Expert, "expert"), AskMeAbout = true },
            new RoutingReason(ReasonCode.AvailableInWorkingHours),
        ]);

        var french = _renderer.Offer(request, Reader(Expert, "fr"));
        var english = _renderer.Offer(request, Reader(Expert, "en"));

        Assert.Contains("• compétence Contract law (expert), questions bienvenues", french, StringComparison.Ordinal);
        Assert.Contains("• disponible, pendant ses heures de travail", french, StringComparison.Ordinal);
        Assert.DoesNotContain("ask me about", french, StringComparison.Ordinal);
        Assert.Contains("• skill Contract law (expert), ask me about", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Offer_RecordedBeforeReasonsHadCodes_ShowsTheEnglishSentenceAsItIs()
    {
        var request = Offered();

        var french = _renderer.Offer(request, Reader(Expert, "fr"));

        Assert.Contains("• skill Contract law", french, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpertSettings_FrenchExpert_TopicsNamedInFrench()
    {
        _directory.Activate(
            new DirectorySnapshot
            {
                Users =
                [
                    new DirectoryUser { Id = Expert.Value, DisplayName = "Benoît Haddad", Department = "Payroll", Skills = ["Bulletins de paie", "Payroll"] },
                ],
            },
            "test-2");

        var card = _renderer.Settings(null, 1, Reader(Expert, "fr"));

        Assert.Contains("bulletin de paie et rémunération", card, StringComparison.Ordinal);
        Assert.DoesNotContain("payslip and pay", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Introduction_RequesterSide_LinksToTheExpertsChatByTheirSignInName()
    {
        var request = Offered();
        Assert.True(request.Accept(Actor.Person(Expert), request.Version, Context()).Succeeded);

        var card = _renderer.Introduction(request, Switchboard.Domain.Conversations.IntroductionSide.Requester, Reader(Requester, "en"));

        Assert.Contains("users=benoit%40example.com", card, StringComparison.Ordinal);
        Assert.Contains("request.resolve", card, StringComparison.Ordinal);
    }

    private static CardReader Reader(UserId user, string culture) => new(user, CultureInfo.GetCultureInfo(culture), TimeZoneInfo.Utc);

    private LifecycleContext Context() => new(_time, new OneDay(), new DirectoryOrganisation(_directory));

    private SupportRequest Offered(IReadOnlyList<RoutingReason>? expertReasons = null)
    {
        var request = SupportRequest.Create(RequestId.New(), Requester, "Contract question", _time);
        var context = Context();
        Assert.True(request.Qualify(Actor.Person(Requester), request.Version, new Qualification { Subject = "Contract question" }, UrgencyBudgetStatus.Unlimited, context).Succeeded);
        Candidate[] candidates = [new(TargetKind.Person, Expert.Value, null, 1, expertReasons ?? ["skill Contract law"]), new(TargetKind.Person, Colleague.Value, null, 0.8, ["contracts"])];
        Assert.True(request.Propose(Actor.System, request.Version, candidates, null, context).Succeeded);
        Assert.True(request.Confirm(Actor.Person(Requester), request.Version, Expert.Value, UrgencyBudgetStatus.Unlimited, context).Succeeded);
        return request;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class OneDay : IOfferExpiry
    {
        public DateTimeOffset ExpiresAt(TargetKind kind, string targetId, Urgency urgency, DateTimeOffset offeredAt) => offeredAt.AddDays(1);
    }
}
