using Microsoft.Extensions.Logging.Console;

namespace Switchboard.Host.Cli;

/// <summary>Logging for one-shot commands: everything to stderr, so stdout carries only answers.</summary>
internal static class CliLogging
{
    public static ILoggerFactory CreateFactory(TextWriter error)
    {
        // The console provider cannot target an arbitrary writer; tests pass their own writer and get no log noise.
        if (!ReferenceEquals(error, Console.Error))
        {
            return LoggerFactory.Create(_ => { });
        }

        return LoggerFactory.Create(builder => builder
            .SetMinimumLevel(LogLevel.Information)
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddFilter<ConsoleLoggerProvider>(level => level >= LogLevel.Information)
            .Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
    }
}
