using System.Text.Json.Nodes;
using Switchboard.Cards.Actions;
using Switchboard.Cards.Building;
using Switchboard.Cards.Resources;
using Switchboard.Cards.Views;

namespace Switchboard.Cards;

/// <summary>
/// The introduction after an accept, sent to both sides: a summary and a button that opens their 1:1 Teams chat with
/// a first message already written, carrying the subject, so the conversation starts on the point.
/// </summary>
public static class IntroductionCard
{
    public static JsonObject Build(IntroductionView view, CardContext context)
    {
        var t = new CardTexts(context.Culture);
        var counterpart = UntrustedText.Clean(view.CounterpartName, CardLimits.Name);
        var intro = view.Side == IntroductionSide.Requester
            ? t.Format("Intro_RequesterBody", counterpart)
            : t.Format("Intro_ExpertBody", counterpart);

        JsonObject[] body =
        [
            Elements.Heading(t["Intro_Title"]),
            Elements.Runs(Elements.Run(intro)),
            Elements.Field(t["Field_Subject"], view.Subject, CardLimits.Subject),
            Elements.Field(t["Intro_Summary"], view.Summary, CardLimits.Details),
            Elements.Text(t["Intro_ResolveHint"], subtle: true),
        ];
        JsonObject[] actions =
        [
            Buttons.OpenUrl(t["Intro_OpenChat"], ChatLink(view, t)),
            Buttons.Execute(t["Intro_Resolve"], ActionData.ForRequest(CardVerbs.Resolve, view.RequestId, view.Version), "positive"),
        ];
        return AdaptiveCard.Create(body, actions);
    }

    /// <summary>
    /// The Teams deep link to a 1:1 chat with a pre-filled message. Both the sign-in name and the message are
    /// percent-encoded as query values, so neither can add a parameter or leave the link.
    /// </summary>
    public static Uri ChatLink(IntroductionView view, CardContext context) => ChatLink(view, new CardTexts(context.Culture));

    private static Uri ChatLink(IntroductionView view, CardTexts t)
    {
        var subject = UntrustedText.Plain(view.Subject, CardLimits.DeepLinkSubject).Replace('\n', ' ');
        var message = view.Side == IntroductionSide.Requester
            ? t.Format("Intro_FirstMessageFromRequester", subject)
            : t.Format("Intro_FirstMessageFromExpert", subject);
        var query = $"users={Uri.EscapeDataString(view.CounterpartUpn)}&message={Uri.EscapeDataString(message)}";
        return new Uri("https://teams.microsoft.com/l/chat/0/0?" + query);
    }
}
