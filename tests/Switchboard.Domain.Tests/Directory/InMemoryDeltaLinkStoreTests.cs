using Switchboard.Domain.Directory;

namespace Switchboard.Domain.Tests.Directory;

public sealed class InMemoryDeltaLinkStoreTests
{
    [Fact]
    public async Task SaveAsync_ThenGetAsync_ReturnsTheLatestLinkPerScope()
    {
        var store = new InMemoryDeltaLinkStore();

        await store.SaveAsync("graph:users:a", "link-1", CancellationToken.None);
        await store.SaveAsync("graph:users:a", "link-2", CancellationToken.None);
        await store.SaveAsync("graph:users:b", "other", CancellationToken.None);

        Assert.Equal("link-2", await store.GetAsync("graph:users:a", CancellationToken.None));
        Assert.Equal("other", await store.GetAsync("graph:users:b", CancellationToken.None));
    }

    [Fact]
    public async Task RemoveAsync_SavedLink_GetAsyncReturnsNull()
    {
        var store = new InMemoryDeltaLinkStore();
        await store.SaveAsync("graph:users:a", "link", CancellationToken.None);

        await store.RemoveAsync("graph:users:a", CancellationToken.None);

        Assert.Null(await store.GetAsync("graph:users:a", CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_EmptyLink_Throws()
    {
        var store = new InMemoryDeltaLinkStore();

        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync("graph:users:a", " ", CancellationToken.None));
    }
}
