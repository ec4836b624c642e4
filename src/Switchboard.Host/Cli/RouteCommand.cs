using System.Diagnostics;
using System.Text;
using Switchboard.Domain.Routing;
using Switchboard.Domain.Routing.Vocabulary;

namespace Switchboard.Host.Cli;

/// <summary>
/// <c>route --tenant tenant.json --requests requests.jsonl [--workload workload.json] [--top 5] [--vocabulary extra.json]</c>:
/// answers every request on stdout, one JSON line each, in order. All input is validated before the first answer
/// is written, so a malformed file never yields a partial answer file that looks complete.
/// </summary>
internal sealed partial class RouteCommand(TextWriter output, TextWriter error) : ICliCommand
{
    private static readonly string[] Allowed = ["tenant", "requests", "workload", "top", "vocabulary"];

    /// <summary>
    /// The built-in vocabulary, loaded at most once per process: it is immutable, and loading it (with its lexicon) takes a fraction of
    /// a second that <c>eval-route</c> and the tests, which run this command once per tenant, would otherwise pay every time.
    /// </summary>
    private static readonly Lazy<TopicVocabulary> BuiltInVocabulary = new(() => TopicVocabulary.Load());

    public RouteCommand()
        : this(Console.Out, Console.Error)
    {
    }

    public async Task<int> RunAsync(string[] args)
    {
        using var loggerFactory = CliLogging.CreateFactory(error);
        var logger = loggerFactory.CreateLogger<RouteCommand>();
        try
        {
            var arguments = CliArguments.Parse(args, Allowed);
            var tenantPath = arguments.Required("tenant");
            var requestsPath = arguments.Required("requests");
            var workloadPath = arguments.Optional("workload");
            var vocabularyPath = arguments.Optional("vocabulary");
            var options = new RoutingOptions();
            var top = arguments.OptionalPositiveInt("top", options.DefaultTop);

            var clock = Stopwatch.StartNew();
            var snapshot = await RouteInputReader.ReadTenantAsync(tenantPath, CancellationToken.None);
            var requests = await RouteInputReader.ReadRequestsAsync(requestsPath, CancellationToken.None);
            var workload = workloadPath is null
                ? InMemoryWorkload.Empty
                : await RouteInputReader.ReadWorkloadAsync(workloadPath, CancellationToken.None);
            var vocabulary = LoadVocabulary(vocabularyPath);
            var index = RoutingIndex.Build(snapshot, vocabulary, options);
            LogLoaded(logger, index.UserCount, snapshot.Groups.Count, requests.Count, clock.ElapsedMilliseconds);

            var router = new RequestRouter();
            var answers = new StringBuilder();
            foreach (var line in requests)
            {
                var answer = router.Route(line.Request, index, workload, top);
                answers.Append(RouteAnswerJson.ToLine(line.Id, answer)).Append('\n');
            }

            await output.WriteAsync(answers.ToString());
            await output.FlushAsync();
            LogAnswered(logger, requests.Count, clock.ElapsedMilliseconds);
            return 0;
        }
        catch (InputException exception)
        {
            await error.WriteLineAsync($"route: {exception.Message}");
            return 1;
        }
    }

    private static TopicVocabulary LoadVocabulary(string? path)
    {
        if (path is null)
        {
            return BuiltInVocabulary.Value;
        }

        try
        {
            return TopicVocabulary.Load(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException($"{path}: file not found", exception);
        }
        catch (InvalidDataException exception)
        {
            throw new InputException(exception.Message, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Users} users, {Groups} groups and {Requests} requests, index built in {ElapsedMs} ms")]
    private static partial void LogLoaded(ILogger logger, int users, int groups, int requests, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Answered {Requests} requests in {ElapsedMs} ms")]
    private static partial void LogAnswered(ILogger logger, int requests, long elapsedMs);
}
