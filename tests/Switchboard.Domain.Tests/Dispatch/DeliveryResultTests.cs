using Switchboard.Domain.Conversations;

namespace Switchboard.Domain.Tests.Dispatch;

public sealed class DeliveryResultTests
{
    [Fact]
    public void ShortReason_AtTheLimit_Unchanged()
    {
        var reason = new string('x', DeliveryResult.MaxReasonLength);

        Assert.Same(reason, DeliveryResult.ShortReason(reason));
    }

    [Fact]
    public void ShortReason_Longer_CutToTheLimitWithAnEllipsis()
    {
        var shortened = DeliveryResult.ShortReason(new string('x', DeliveryResult.MaxReasonLength + 40));

        Assert.Equal(DeliveryResult.MaxReasonLength, shortened.Length);
        Assert.EndsWith("x…", shortened, StringComparison.Ordinal);
    }
}
