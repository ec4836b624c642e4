using System.Globalization;

namespace Switchboard.Load;

/// <summary>Which database the host runs on for one pass of the load run.</summary>
internal enum LoadDatabase
{
    Sqlite,
    Postgres,
}

/// <summary>The load command's arguments, with defaults that match the run (1,000 conversations, faults, a restart).</summary>
internal sealed record LoadOptions
{
    public const string DefaultPostgres = "Host=127.0.0.1;Port=5432;Username=switchboard;Password=switchboard";

    public const string Usage =
        "usage: load [--conversations 1000] [--database sqlite|postgres|both] [--postgres <connection string>] [--port 5450]\n" +
        "            [--throttled 0.05] [--unavailable 0.03] [--unknown 0.005] [--seed 7] [--restart true|false]\n" +
        "            [--step-timeout 300] [--out <folder>]";

    public int Conversations { get; init; } = 1000;

    public IReadOnlyList<LoadDatabase> Databases { get; init; } = [LoadDatabase.Sqlite];

    /// <summary>The PostgreSQL server; the run creates a database of its own on it and drops it at the end.</summary>
    public string PostgresConnectionString { get; init; } = DefaultPostgres;

    /// <summary>The host listens here, the fake connector on the next port (both on 127.0.0.1).</summary>
    public int Port { get; init; } = 5450;

    /// <summary>Share of connector answers that are 429 with Retry-After.</summary>
    public double Throttled { get; init; } = 0.05;

    /// <summary>Share of connector answers that are 502 or 503.</summary>
    public double Unavailable { get; init; } = 0.03;

    /// <summary>Share of connector answers that are delivered but answered 500 or too late (unknown outcomes).</summary>
    public double Unknown { get; init; } = 0.005;

    public int Seed { get; init; } = 7;

    /// <summary>Stop the host and start a new one on the same database once half the conversations have been confirmed.</summary>
    public bool Restart { get; init; } = true;

    /// <summary>How long a player waits for a card before it calls its conversation stuck.</summary>
    public TimeSpan StepTimeout { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>Where the host logs go; a new temporary folder when not given.</summary>
    public string? OutputFolder { get; init; }

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Length; i += 2)
        {
            var name = args[i];
            if (i + 1 >= args.Length)
            {
                throw new ArgumentException($"argument '{name}' needs a value");
            }

            var value = args[i + 1];
            options = name switch
            {
                "--conversations" => options with { Conversations = Positive(name, value) },
                "--database" => options with
                {
                    Databases = value.ToUpperInvariant() switch
                    {
                        "SQLITE" => [LoadDatabase.Sqlite],
                        "POSTGRES" => [LoadDatabase.Postgres],
                        "BOTH" => [LoadDatabase.Sqlite, LoadDatabase.Postgres],
                        _ => throw new ArgumentException($"--database is sqlite, postgres or both, not '{value}'"),
                    },
                },
                "--postgres" => options with { PostgresConnectionString = value },
                "--port" => options with { Port = Positive(name, value) },
                "--throttled" => options with { Throttled = Share(name, value) },
                "--unavailable" => options with { Unavailable = Share(name, value) },
                "--unknown" => options with { Unknown = Share(name, value) },
                "--seed" => options with { Seed = Positive(name, value) },
                "--restart" => options with { Restart = bool.TryParse(value, out var restart) ? restart : throw new ArgumentException($"--restart is true or false, not '{value}'") },
                "--step-timeout" => options with { StepTimeout = TimeSpan.FromSeconds(Positive(name, value)) },
                "--out" => options with { OutputFolder = value },
                _ => throw new ArgumentException($"unknown argument '{name}'"),
            };
        }

        if (options.Throttled + options.Unavailable + options.Unknown >= 1)
        {
            throw new ArgumentException("--throttled, --unavailable and --unknown add up to 1 or more: nothing would get through");
        }

        return options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} is a whole number above 0, not '{value}'");

    private static double Share(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) && share is >= 0 and < 1
            ? share
            : throw new ArgumentException($"{name} is a share between 0 and 1, not '{value}'");
}
