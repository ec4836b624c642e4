using Microsoft.Extensions.Options;

namespace Switchboard.Host;

/// <summary>Turns the settings validation failures raised at startup into one readable sentence.</summary>
internal static class StartupFailure
{
    public static string? Describe(Exception exception) => exception switch
    {
        OptionsValidationException invalid => string.Join(" ", invalid.Failures),
        AggregateException { InnerExceptions: var inner } when inner.Count > 0 && inner.All(e => e is OptionsValidationException) =>
            string.Join(" ", inner.Cast<OptionsValidationException>().SelectMany(e => e.Failures)),
        _ => null,
    };
}
