using System.Text.Json.Nodes;
using Switchboard.Cards.Building;
using Switchboard.Cards.Resources;
using Switchboard.Cards.Views;

namespace Switchboard.Cards;

/// <summary>The greeting on install and the answer to "help": what Switchboard does and how to ask.</summary>
public static class GreetingCard
{
    public static JsonObject Build(GreetingView view, CardContext context)
    {
        var t = new CardTexts(context.Culture);
        var body = new List<JsonObject>
        {
            Elements.Heading(t["Greeting_Title"]),
            Elements.Text(t["Greeting_Intro"]),
            Elements.Text(t["Greeting_HowTo"]),
            Elements.Text(t["Greeting_Examples"], bold: true),
            Elements.Spaced(Elements.Text(t["Greeting_Example1"], subtle: true), "Small"),
            Elements.Spaced(Elements.Text(t["Greeting_Example2"], subtle: true), "Small"),
            Elements.Separated(Elements.Text(t["Greeting_Commands"])),
        };
        if (view.IsExpert)
        {
            body.Add(Elements.Text(t["Greeting_ExpertCommands"]));
        }

        return AdaptiveCard.Create(body, []);
    }
}
