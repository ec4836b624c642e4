namespace Switchboard.Host.Cli;

/// <summary>Parses <c>--name value</c> pairs; anything else is a usage error, reported before any work starts.</summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, string> _values;

    private CliArguments(Dictionary<string, string> values)
    {
        _values = values;
    }

    public static CliArguments Parse(string[] args, IReadOnlyCollection<string> allowed)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || !allowed.Contains(name[2..]))
            {
                throw new InputException($"unknown argument '{name}' (expected {string.Join(", ", allowed.Select(a => "--" + a))})");
            }

            if (i + 1 >= args.Length)
            {
                throw new InputException($"argument '{name}' needs a value");
            }

            values[name[2..]] = args[++i];
        }

        return new CliArguments(values);
    }

    public string? Optional(string name) => _values.GetValueOrDefault(name);

    public string Required(string name) =>
        _values.TryGetValue(name, out var value) ? value : throw new InputException($"missing required argument '--{name}'");

    public int OptionalPositiveInt(string name, int fallback)
    {
        if (!_values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new InputException($"argument '--{name}': expected a positive integer, got '{text}'");
    }
}

/// <summary>Bad input for a command: its message is the one line the user sees, naming file, line and field.</summary>
internal sealed class InputException : Exception
{
    public InputException(string message)
        : base(message)
    {
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InputException()
    {
    }
}
