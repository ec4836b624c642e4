using Microsoft.Extensions.Options;
using Moq;
using Switchboard.Bot.Conversations;
using Switchboard.Bot.Security;
using Switchboard.Domain.Record;
using Switchboard.Domain.Reports;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing;
using Switchboard.Domain.Routing.Vocabulary;

namespace Switchboard.Bot.Tests;

/// <summary>The real conversation service over Moq'd ports and an empty directory: the bot's tests check the mapping, not the flow.</summary>
internal static class TestConversation
{
    /// <summary>The built-in vocabulary, loaded once for all tests: it is immutable, and loading it (with its lexicon) takes a fraction of a second.</summary>
    private static readonly Lazy<TopicVocabulary> Vocabulary = new(() => TopicVocabulary.Load());

    public static RequestConversation Create(IConversationAddressBook addressBook, IRequestStore requests, IRequestCards cards, TimeProvider time)
    {
        var directory = new InMemoryPeopleDirectory();
        return new RequestConversation(
            requests,
            Mock.Of<IExpertPreferencesStore>(),
            directory,
            new RequestRouter(),
            new RoutingIndexCache(directory, Vocabulary.Value, new RoutingOptions()),
            Mock.Of<IOfferExpiry>(),
            new UrgencyBudget(new UrgencyBudgetSettings()),
            cards,
            new CardReaders(addressBook, directory),
            time);
    }

    /// <summary>The real report replies over the same empty directory: every report is refused, as during an outage.</summary>
    public static ReportReplies Reports(IConversationAddressBook addressBook, IReportSource source, IAuditLog audit, TimeProvider time)
    {
        var directory = new InMemoryPeopleDirectory();
        return new ReportReplies(ReportService(source, audit, time), new CardReaders(addressBook, directory), Options.Create(new ReportsOptions()), Options.Create(new BotCredentialsOptions()), time);
    }

    public static ReportService ReportService(IReportSource source, IAuditLog audit, TimeProvider time)
    {
        var directory = new InMemoryPeopleDirectory();
        return new ReportService(source, new ReportAccessPolicy(directory, new ReportsOptions()), directory, audit, new AuditPseudonyms(new byte[32]), time);
    }
}
