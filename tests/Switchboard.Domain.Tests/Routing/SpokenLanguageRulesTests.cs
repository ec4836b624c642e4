using System.Globalization;
using Switchboard.Domain.Routing;

namespace Switchboard.Domain.Tests.Routing;

/// <summary>
/// "Who speaks Romanian?" on a made-up transport company: only people who list the language or whose preferred language it is may be
/// proposed, never a colleague who shares the request's other words; nobody, and the answer says so.
/// </summary>
public sealed class SpokenLanguageRulesTests
{
    /// <summary>Tuesday 9 March 2027, 10:00 in Paris.</summary>
    private static readonly DateTimeOffset Tuesday10 = DateTimeOffset.Parse("2027-03-09T10:00:00+01:00", CultureInfo.InvariantCulture);

    private static readonly RequestRouter Router = new();

    /// <summary>A made-up bus company, Trans'Orne.</summary>
    private static TestTenant Buses(bool portugueseSpeakerEnabled = true) => new TestTenant()
        .Person("req", "Paul Lemaire")
        .Person("p-client", "Camille Rousseau", jobTitle: "Responsable relation client", responsibilities: ["Abonnements et conditions de vente clients"])
        .Person("p-es", "Andrés Mora", skills: ["Spanish:expert"])
        .Person("p-pt", "Joana Silva", language: "pt-PT", jobTitle: "Agent d'accueil", enabled: portugueseSpeakerEnabled)
        .Person("p-de", "Jonas Weber", skills: ["Allemand:advanced"], responsibilities: ["Abonnements scolaires"]);

    [Theory]
    [InlineData("Quelqu'un parle roumain ? une cliente à l'agence ne comprend pas les conditions de l'abonnement")]
    [InlineData("Anyone speak Romanian? a customer at the desk does not understand the subscription terms")]
    [InlineData("Quelqu'un parle roumain ? un client appelle et ne parle ni anglais ni français")]
    [InlineData("Anyone speak Romanian? the customer on the phone doesn't speak English or French")]
    [InlineData("Cliente roumaine qui ne parle pas un mot de français à l'agence, qqn parle roumain ???")]
    [InlineData("A Romanian customer who doesn't speak a word of English at the desk, anyone speak Romanian?")]
    [InlineData("Une famille roumaine arrive demain à l'agence, ils parlent très peu français. Quelqu'un parle roumain ?")]
    [InlineData("Un client de Bucarest vient lundi, il parle peu anglais. Quelqu'un parle roumain pour l'accueillir ?")]
    [InlineData("A Romanian family comes to the desk tomorrow, they speak very little English. Anyone speak Romanian?")]
    [InlineData("Rdv demain avec un client de Bucarest qui parle mal anglais, qqn parle roumain couramment pour m'accompagner ?")]
    [InlineData("Call tomorrow with a buyer from Bucharest with poor English, anyone speak Romanian fluently?")]
    [InlineData("Quelqu'un parle roumain ? un abonné arrive lundi et galère en français comme en anglais")]
    [InlineData("Anyone speak Romanian? a new subscriber struggles in French as much as in English")]
    public void Route_LanguageNobodySpeaks_IsNoneSayingSo(string text)
    {
        var answer = Route(text);

        Assert.Equal(RoutingDecision.None, answer.Decision);
        Assert.Contains(answer.Why, r => r.Code == ReasonCode.NobodySpeaksLanguage && r.Text is "roumain" or "romanian");
    }

    [Theory]
    [InlineData("Un abonné nous écrit en vietnamien, quelqu'un peut traduire ?", "vietnamien")]
    [InlineData("Qui pourrait traduire un courrier en coréen d'un client abonné ?", "coréen")]
    [InlineData("Anyone here speak Tagalog? an elderly customer struggles with the subscription terms", "tagalog")]
    [InlineData("A customer wrote to us about the subscription terms in Ukrainian, can someone translate?", "ukrainian")]
    [InlineData("Does anyone here read Korean? a subscriber sent us his complaint about the terms in Korean only", "korean")]
    [InlineData("Est-ce que quelqu'un lit le japonais ? un abonné nous a envoyé ses justificatifs en japonais", "japonais")]
    [InlineData("Nouveau client à Séoul, qqn peut traduire les conditions d'abonnement du catalogue en coréen ?", "coréen")]
    [InlineData("New client in Seoul, can someone translate the subscription terms of the catalogue into Korean?", "korean")]
    [InlineData("Need the subscription terms translated into Korean today, new clients in Seoul tomorrow. Who can do it?", "korean")]
    [InlineData("Il faudrait les conditions d'abonnement traduites en coréen pour demain, qui peut le faire ?", "coréen")]
    [InlineData("An Afghan family is at the desk right now, the father only speaks Dari. Anyone who can translate?", "dari")]
    [InlineData("Un abonné de Budapest veut ses conditions d'abonnement en hongrois. Quelqu'un ici traduit vers le hongrois ?", "hongrois")]
    [InlineData("A subscriber in Budapest wants his terms in Hungarian. Anyone here translating into Hungarian?", "hungarian")]
    public void Route_LanguageNamedFurtherFromTheCue_NobodySpeaksIt_IsNoneSayingSo(string text, string named)
    {
        // The language is the subject wherever the sentence puts it; the client manager sharing "abonnement" is no translator.
        var answer = Route(text);

        Assert.Equal(RoutingDecision.None, answer.Decision);
        Assert.Contains(answer.Why, r => r.Code == ReasonCode.NobodySpeaksLanguage && r.Text == named);
    }

    [Theory]
    [InlineData("Il faut traduire les conditions d'abonnement en allemand, espagnol et portugais, qui gère les conditions de vente ?")]
    [InlineData("We need the subscription terms translated into German, Spanish and Portuguese, who owns the terms of sale?")]
    public void Route_SeveralLanguagesNamed_IsNotAskingForOneSpeaker(string text)
    {
        // Three languages at once is a translation job for whoever owns the document, not a question for one speaker (the German
        // speaker is not the answer, nor is "nobody speaks Spanish").
        var answer = Route(text);

        Assert.DoesNotContain(answer.Why, r => r.Code is ReasonCode.NobodySpeaksLanguage or ReasonCode.LanguageSpeakersUnavailable);
        Assert.DoesNotContain(answer.Targets, t => t.Why.Any(r => r.Code == ReasonCode.SpeaksLanguageAsked));
    }

    [Theory]
    [InlineData("Quelqu'un parle portugais ? un client brésilien veut un appel et son anglais est limité")]
    [InlineData("Anyone speak Portuguese? A Brazilian client wants a call and his English is limited")]
    public void Route_LanguageSomeoneHasAsPreferredLanguage_ProposesThemAndNotAnotherLanguage(string text)
    {
        var answer = Route(text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal(["p-pt"], answer.Targets.Select(t => t.Id));
        Assert.Equal(ReasonCode.SpeaksLanguageAsked, answer.Targets[0].Why[0].Code);
    }

    [Theory]
    [InlineData("Besoin de quelqu'un qui parle allemand pour un groupe scolaire de Stuttgart")]
    [InlineData("Jemand der Deutsch spricht? un groupe scolaire de Stuttgart arrive lundi")]
    [InlineData("Quelqu'un parle un peu allemand ? un groupe scolaire de Stuttgart arrive lundi")]
    [InlineData("Does anyone speak a little German? a school group from Stuttgart arrives on Monday")]
    public void Route_LanguageListedInAProfile_ProposesTheHolder(string text)
    {
        var answer = Route(text);

        Assert.Equal("p-de", answer.Targets[0].Id);
    }

    [Fact]
    public void Route_SpeakerUnavailable_IsNoneNamingWhoIsAway()
    {
        var tenant = Buses(portugueseSpeakerEnabled: false);

        var answer = Route(tenant, "Anyone speak Portuguese?");

        Assert.Equal(RoutingDecision.None, answer.Decision);
        Assert.Equal(ReasonCode.LanguageSpeakersUnavailable, answer.Why[0].Code);
    }

    [Fact]
    public void Route_LanguageOnlyMentioned_IsNotALanguageRequest()
    {
        // "his English is limited" names a language without asking anyone to speak it: the subscription question goes to its owner.
        var answer = Route("A client's English is limited, who can explain the subscription terms to him?");

        Assert.DoesNotContain(answer.Why, r => r.Code is ReasonCode.NobodySpeaksLanguage or ReasonCode.LanguageSpeakersUnavailable);
        Assert.True(answer.Targets.Count == 0 || answer.Targets[0].Why[0].Code != ReasonCode.SpeaksLanguageAsked);
    }

    [Theory]
    [InlineData("Il faudrait traduire en anglais les 30 fiches produit pour demain")]
    [InlineData("Could someone translate the 30 product sheets into English by tomorrow?")]
    public void Route_TranslatorPairingTheLanguage_ComesBeforeNativeSpeakersOffHours(string text)
    {
        // "Traduction FR-EN" says the translator writes English, though her preferred language is French; the London staff are
        // native speakers but their day has not begun.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-uk", "Charlotte Hayes", language: "en-GB", jobTitle: "Retail Director", zone: "GMT Standard Time", hours: "11:30-19:30")
            .Person("p-tr", "Julie Bonnet", jobTitle: "Traductrice", skills: ["Traduction FR-EN:expert"]);

        var answer = Router.Route(new RoutingRequest("req", text, Urgency.Normal, Impact.Team, Tuesday10), tenant.Index(), tenant.Workload());

        Assert.Equal("p-tr", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("On accueille un apprenti sourd lundi : qqn dans l'entreprise connaît la langue des signes pour l'accueil ?")]
    [InlineData("Un client sourd vient à l'agence jeudi, est-ce que quelqu'un pratique la LSF ?")]
    [InlineData("A deaf customer comes to the desk on Thursday, does anyone know sign language?")]
    [InlineData("Is anyone here able to sign BSL? a deaf customer comes to the desk on Thursday")]
    public void Route_SignLanguageNobodyKnows_IsNoneSayingSo(string text)
    {
        // A sign language comes with "connaît", "pratique", "sign" rather than "parle": named at all, it is the subject. The receptionist
        // sharing "accueil", and the "Bus Service Line" whose initials are "BSL", are no signers.
        var tenant = WithReceptionist().Person("p-line", "Hugo Perrin", skills: ["Bus Service Line:expert"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.None, answer.Decision);
        Assert.Contains(answer.Why, r => r.Code == ReasonCode.NobodySpeaksLanguage);
    }

    [Theory]
    [InlineData("On accueille un apprenti sourd lundi : qqn dans l'entreprise connaît la langue des signes pour l'accueil ?", "p-lsf")]
    [InlineData("Un client sourd vient à l'agence jeudi, est-ce que quelqu'un pratique la LSF ?", "p-lsf")]
    [InlineData("A deaf customer from Montréal comes on Thursday, does anyone know LSQ?", "p-lsq")]
    public void Route_SignLanguageSomeoneLists_ProposesThatSigner(string text, string signer)
    {
        // Named by its initials, it is that sign language: the LSQ signer for "LSQ", not the LSF one.
        var tenant = WithReceptionist()
            .Person("p-lsf", "Lisa Huet", skills: ["Langue des signes française (LSF):advanced"])
            .Person("p-lsq", "Émilie Gagnon", skills: ["LSQ:expert"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == signer, string.Join(" | ", answer.Targets.Select(t => t.Id)));
    }

    /// <summary>The bus company with a receptionist, whose "accueil" a request for a signer shares.</summary>
    private static TestTenant WithReceptionist() =>
        Buses().Person("p-acc", "Sandrine Morel", jobTitle: "Assistante accueil", responsibilities: ["Accueil des clients à l'agence"]);

    private static RoutingAnswer Route(string text) => Route(Buses(), text);

    private static RoutingAnswer Route(TestTenant tenant, string text) =>
        Router.Route(new RoutingRequest("req", text, Urgency.Normal, Impact.Individual, Tuesday10), tenant.Index(), tenant.Workload());
}
