using System.Globalization;
using System.Text;

namespace Switchboard.Host.Tab;

/// <summary>One bar: its label, its length (any unit, compared within the chart) and the value as read aloud.</summary>
internal sealed record Bar(string Label, double Value, string ValueText, string? Series = null);

/// <summary>
/// Horizontal bar charts as inline SVG, drawn on the server: no script, no chart library, nothing fetched. Each chart
/// is an image with a title and a description that reads every bar (<c>role="img"</c>, <c>aria-labelledby</c>), so a
/// screen reader gets the figures, not the shapes. Colours come from the page's style sheet by class.
/// </summary>
internal static class SvgChart
{
    private const int Width = 640;
    private const int LabelWidth = 270;
    private const int RowHeight = 26;
    private const int BarHeight = 18;
    private const int MaxLabelLength = 34;

    public static string Bars(string id, string title, IReadOnlyList<Bar> bars, string description, double? scaleMax = null)
    {
        var height = Math.Max(1, bars.Count) * RowHeight + 8;
        var max = scaleMax ?? (bars.Count == 0 ? 0 : bars.Max(b => b.Value));
        // Room on the right for the longest value as written (about 7.5 px a character at 13 px).
        var valueWidth = 16 + (int)(7.5 * (bars.Count == 0 ? 4 : bars.Max(b => b.ValueText.Length)));
        var area = Width - LabelWidth - valueWidth;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" id=\"{id}-svg\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Encode(title)}</title><desc id=\"{id}-desc\">{Encode(description)}</desc>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = 4 + i * RowHeight;
            var length = max <= 0 ? 0 : Math.Max(bar.Value > 0 ? 2 : 0, bar.Value / max * area);
            var label = bar.Label.Length > MaxLabelLength ? bar.Label[..(MaxLabelLength - 1)] + "…" : bar.Label;
            var series = bar.Series is null ? "bar" : $"bar bar-{bar.Series}";
            svg.Append(CultureInfo.InvariantCulture, $"<g aria-hidden=\"true\"><title>{Encode(bar.Label)}: {Encode(bar.ValueText)}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{LabelWidth - 8}\" y=\"{y + BarHeight - 5}\" text-anchor=\"end\">{Encode(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"{series}\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{length:0.#}\" height=\"{BarHeight}\" rx=\"2\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{LabelWidth + length + 6:0.#}\" y=\"{y + BarHeight - 5}\">{Encode(bar.ValueText)}</text></g>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Encode(string text) => ReportPage.E(text);
}
