namespace Switchboard.Cards.Actions;

/// <summary>
/// How an enum value is written in a card and read back: its name in camel case (<c>high</c>, <c>individual</c>).
/// Reading accepts exactly those names: <see cref="Enum.TryParse{TEnum}(string, out TEnum)"/> would also take
/// <c>"3"</c> or <c>"99"</c>, which a tampered submit could send.
/// </summary>
internal static class WireNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return string.Concat(char.ToLowerInvariant(name[0]).ToString(), name[1..]);
    }

    public static bool TryRead<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static IEnumerable<string> All<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(Of);
}
