using Moq;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing;
using Switchboard.Domain.Routing.Vocabulary;

namespace Switchboard.Bot.Tests;

/// <summary>The real conversation service over Moq'd ports and an empty directory: the bot's tests check the mapping, not the flow.</summary>
internal static class TestConversation
{
    public static RequestConversation Create(IConversationAddressBook addressBook, IRequestStore requests, IRequestCards cards, TimeProvider time)
    {
        var directory = new InMemoryPeopleDirectory();
        return new RequestConversation(
            requests,
            Mock.Of<IExpertPreferencesStore>(),
            directory,
            new RequestRouter(),
            new RoutingIndexCache(directory, TopicVocabulary.Load(), new RoutingOptions()),
            Mock.Of<IOfferExpiry>(),
            new UrgencyBudget(new UrgencyBudgetSettings()),
            cards,
            new CardReaders(addressBook, directory),
            time);
    }
}
