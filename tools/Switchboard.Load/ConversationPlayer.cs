using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Switchboard.Load;

/// <summary>One person of the demo company as Teams identifies them on an activity.</summary>
internal sealed record Player(string AadObjectId, string Name);

/// <summary>How one conversation ended: completed, withdrawn because nobody was proposed, or stuck at a step.</summary>
internal sealed record ConversationOutcome(int Index, string? RequestId, ConversationEnd End, string? Detail = null);

internal enum ConversationEnd
{
    Resolved,
    Withdrawn,
    Stuck,
}

/// <summary>
/// Plays complete conversations through <c>POST /api/messages</c> as Teams would send them: the requester's message,
/// the form's submit, the confirmation, the expert's accept and the requester's resolve, each an
/// <c>adaptiveCard/action</c> invoke built from the card the player actually received. A POST that fails (host
/// restarting, connection refused, 5xx) is sent again, the same activity with the same id, as the Bot Connector retries.
/// A card that does not come (its send ended unknown and never got through) is asked for again as a person would, by
/// writing "my requests"; the expert who never saw an offer is told out of band (<paramref name="offereeOf"/> reads who
/// it is offered to) and does the same; a requester who never got the introduction leaves it to the expert to resolve.
/// </summary>
internal sealed class ConversationPlayer(
    HttpClient host,
    LoadConnector connector,
    TimeSpan stepTimeout,
    TimeSpan retryFor,
    TimeSpan askAgainAfter,
    Func<string, CancellationToken, Task<string?>> offereeOf)
{
    public const string Tenant = "5b7c2f1e-3d4a-4e8b-9c6d-0a1b2c3d4e5f";
    private const string BotId = "28:switchboard-development";

    private readonly ConcurrentQueue<double> _latencies = new();
    private long _retried;
    private long _askedAgain;

    /// <summary>Milliseconds of every turn the host answered, from the request's start to the answer's end.</summary>
    public IReadOnlyCollection<double> Latencies => _latencies;

    /// <summary>POSTs sent again because the host did not answer (restart) or answered 5xx.</summary>
    public long Retried => Interlocked.Read(ref _retried);

    /// <summary>Cards that did not come and were asked for again ("my requests"), or resolved by the expert instead.</summary>
    public long AskedAgain => Interlocked.Read(ref _askedAgain);

    /// <summary>Raised once a conversation's offer has been confirmed: the run restarts the host half-way through these.</summary>
    public event Action? Confirmed;

    public async Task<ConversationOutcome> PlayAsync(int index, Player requester, string question, CancellationToken cancellationToken)
    {
        string? requestId = null;
        var step = "message";
        try
        {
            var text = $"{question} [load-{index}]";
            await PostAsync(Message(requester, text), cancellationToken);

            step = "qualification form";
            var form = await WaitOrAskAsync($"token|{index}", requester, cancellationToken);
            var submit = Data(form.Card, "qualification.submit");
            requestId = submit["requestId"]!.GetValue<string>();
            submit["subject"] = question;
            submit["details"] = text;
            submit["kind"] = "question";
            submit["urgency"] = "normal";
            submit["impact"] = "individual";
            submit["preferredTarget"] = "auto";
            submit["tried"] = string.Empty;
            submit["justification"] = string.Empty;
            var proposal = CardOf(await PostAsync(Invoke(requester, "qualification.submit", submit), cancellationToken));

            step = "confirmation";
            var person = CardActions.ProposalTargetKinds(proposal).ToList().IndexOf("person");
            if (person < 0)
            {
                // Nobody to offer it to in person: the requester withdraws it, which also ends it.
                var withdraw = CardActions.DataOf(proposal, "request.withdraw");
                if (withdraw is null)
                {
                    var status = CardOf(await PostAsync(Invoke(requester, "proposal.confirm", Data(proposal, "proposal.confirm")), cancellationToken));
                    withdraw = Data(status, "request.withdraw");
                }

                await PostAsync(Invoke(requester, "request.withdraw", withdraw), cancellationToken);
                return new ConversationOutcome(index, requestId, ConversationEnd.Withdrawn, "no person proposed");
            }

            var confirm = CardActions.DataOf(proposal, "proposal.confirm", data => data.TryGetProperty("targetIndex", out var target) && target.GetInt32() == person)
                ?? throw new InvalidOperationException($"The proposal has no confirm action for target {person}.");
            await PostAsync(Invoke(requester, "proposal.confirm", confirm), cancellationToken);
            Confirmed?.Invoke();

            step = "offer to the expert";
            var offerKey = $"offer.accept|{requestId}";
            var offer = connector.WaitForAsync(offerKey, cancellationToken);
            if (!await ArrivesAsync(offer, cancellationToken) && await offereeOf(requestId, cancellationToken) is { } offeree)
            {
                Interlocked.Increment(ref _askedAgain);
                await PostAsync(Message(new Player(offeree, "Expert"), "my requests"), cancellationToken);
            }

            var offered = await WaitAsync(offerKey, cancellationToken);
            var expert = new Player(LoadConnector.UserOfPersonalConversation(offered.ConversationId), "Expert");
            var expertsIntroduction = CardOf(await PostAsync(Invoke(expert, "offer.accept", Data(offered.Card, "offer.accept")), cancellationToken));

            step = "introduction to the requester";
            var introduction = connector.WaitForAsync($"request.resolve|{requestId}", cancellationToken);
            if (await ArrivesAsync(introduction, cancellationToken))
            {
                await PostAsync(Invoke(requester, "request.resolve", Data((await introduction).Card, "request.resolve")), cancellationToken);
            }
            else
            {
                Interlocked.Increment(ref _askedAgain);
                await PostAsync(Invoke(expert, "request.resolve", Data(expertsIntroduction, "request.resolve")), cancellationToken);
            }

            return new ConversationOutcome(index, requestId, ConversationEnd.Resolved);
        }
        catch (Exception exception) when (exception is TimeoutException or InvalidOperationException or HttpRequestException or JsonException)
        {
            return new ConversationOutcome(index, requestId, ConversationEnd.Stuck, $"{step}: {exception.Message}");
        }
    }

    /// <summary>Whether the card comes within <c>askAgainAfter</c>; the wait for it goes on either way.</summary>
    private async Task<bool> ArrivesAsync(Task<DeliveredCard> card, CancellationToken cancellationToken) =>
        await Task.WhenAny(card, Task.Delay(askAgainAfter, cancellationToken)) == card;

    /// <summary>Waits for the card; when it is late, <paramref name="asker"/> writes "my requests", which lists it again.</summary>
    private async Task<DeliveredCard> WaitOrAskAsync(string key, Player asker, CancellationToken cancellationToken)
    {
        if (!await ArrivesAsync(connector.WaitForAsync(key, cancellationToken), cancellationToken))
        {
            Interlocked.Increment(ref _askedAgain);
            await PostAsync(Message(asker, "my requests"), cancellationToken);
        }

        return await WaitAsync(key, cancellationToken);
    }

    private async Task<DeliveredCard> WaitAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await connector.WaitForAsync(key, cancellationToken).WaitAsync(stepTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"no card '{key}' reached the connector within {stepTimeout.TotalSeconds:F0} s");
        }
    }

    /// <summary>Posts the activity until the host answers 2xx, as the connector retries; the answer's body, if any.</summary>
    private async Task<JsonElement?> PostAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        var giveUp = Stopwatch.StartNew();
        while (true)
        {
            var started = Stopwatch.GetTimestamp();
            string? failure;
            try
            {
                using var response = await host.PostAsJsonAsync("/api/messages", activity, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    _latencies.Enqueue(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    return body.Length == 0 ? null : JsonDocument.Parse(body).RootElement.Clone();
                }

                if ((int)response.StatusCode < 500)
                {
                    throw new InvalidOperationException($"the host refused a {activity["type"]} with {(int)response.StatusCode}: {body}");
                }

                failure = $"{(int)response.StatusCode}";
            }
            catch (HttpRequestException exception)
            {
                failure = exception.Message;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                failure = "no answer in time";
            }

            if (giveUp.Elapsed > retryFor)
            {
                throw new TimeoutException($"the host did not take a {activity["type"]} for {retryFor.TotalSeconds:F0} s (last: {failure})");
            }

            Interlocked.Increment(ref _retried);
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }

    private static JsonObject Data(JsonElement card, string verb) =>
        CardActions.DataOf(card, verb) ?? throw new InvalidOperationException($"the card has no '{verb}' action: {Shorten(card.GetRawText())}");

    private static JsonElement CardOf(JsonElement? answer)
    {
        if (answer is not { } invoke || !invoke.TryGetProperty("value", out var value) || invoke.GetProperty("type").GetString() != "application/vnd.microsoft.card.adaptive")
        {
            throw new InvalidOperationException($"the invoke was not answered with a card: {Shorten(answer?.GetRawText() ?? "(empty)")}");
        }

        return value;
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "..." : text;

    private JsonObject Message(Player from, string text) =>
        Activity(from, "message", activity => activity["text"] = text);

    private JsonObject Invoke(Player from, string verb, JsonObject data) =>
        Activity(from, "invoke", activity =>
        {
            activity["name"] = "adaptiveCard/action";
            activity["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
                ["trigger"] = "manual",
            };
        });

    private JsonObject Activity(Player from, string type, Action<JsonObject> complete)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"1{Guid.NewGuid():N}"[..18],
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["serviceUrl"] = connector.ServiceUrl.ToString(),
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = $"29:{from.AadObjectId}", ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
            ["conversation"] = new JsonObject
            {
                ["id"] = LoadConnector.PersonalConversationOf(from.AadObjectId),
                ["conversationType"] = "personal",
                ["tenantId"] = Tenant,
            },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Switchboard" },
            ["locale"] = "en-US",
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
        };
        complete(activity);
        return activity;
    }
}
