using Microsoft.Extensions.Time.Testing;

namespace Switchboard.DemoCompany.Tests;

public sealed class DemoCompanySourceTests
{
    [Fact]
    public async Task LoadAsync_AnyClock_GeneratesTheCompanyForThatTime()
    {
        var now = new DateTimeOffset(2027, 3, 9, 15, 45, 0, TimeSpan.Zero);
        var source = new DemoCompanySource(new FakeTimeProvider(now));

        var snapshot = await source.LoadAsync(CancellationToken.None);

        Assert.Equal(now, snapshot.CapturedAt);
        Assert.Equal(DemoCompany.TenantId, snapshot.TenantId);
        Assert.Contains(DemoCompany.Name, source.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_CancelledToken_Throws()
    {
        var source = new DemoCompanySource(new FakeTimeProvider());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => source.LoadAsync(new CancellationToken(canceled: true)));
    }
}
