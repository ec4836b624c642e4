using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Reports;
using Switchboard.Domain.Requests;
using Switchboard.Host.Tab;
using Switchboard.Host.Tab.Resources;

// In the host's root namespace so the composition root calls it without a using.
namespace Switchboard.Host;

/// <summary>
/// The Reports tab: the page Teams shows (<c>/tab/reports</c>), its script and styles (<c>/tab/assets/</c>), and the
/// report API (<c>/tab/api/report</c>) that takes the Teams single sign-on token as a bearer token. Who sees what is
/// <see cref="ReportService"/>'s decision, which also records every view.
/// </summary>
internal static class TabHostingExtensions
{
    /// <summary>Where Teams may frame the page: its own clients, on the web and in the desktop and mobile apps.</summary>
    private const string FrameAncestors = "'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.office.com https://*.microsoft365.com https://*.skype.com";

    private static readonly Dictionary<string, (string Resource, string ContentType)> Assets = new(StringComparer.Ordinal)
    {
        ["reports.js"] = ("Switchboard.Host.Tab.Assets.reports.js", "text/javascript; charset=utf-8"),
        ["reports.css"] = ("Switchboard.Host.Tab.Assets.reports.css", "text/css; charset=utf-8"),
        // @microsoft/teams-js, served from here: the tab loads nothing from elsewhere (tools/reports-tab/vendor.sh).
        ["teams.js"] = ("Switchboard.Host.Tab.Assets.MicrosoftTeams.min.js", "text/javascript; charset=utf-8"),
    };

    public static IHostApplicationBuilder AddSwitchboardTab(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddOptions<TabOptions>().BindConfiguration(TabOptions.SectionName).ValidateDataAnnotations().ValidateOnStart()
            .PostConfigure(options =>
            {
                // The bot's own registration is the tab's unless the tab names another.
                options.TenantId = string.IsNullOrWhiteSpace(options.TenantId) ? configuration["MicrosoftAppTenantId"] : options.TenantId;
                options.ClientId = string.IsNullOrWhiteSpace(options.ClientId) ? configuration["MicrosoftAppId"] : options.ClientId;
            });
        services.AddSingleton<IValidateOptions<TabOptions>, TabOptionsValidator>();

        // Read here once: the scheme exists or not for the life of the host. Outside Development the validator stops the start.
        var developmentSignIn = builder.Environment.IsDevelopment() && configuration.GetValue<bool>($"{TabOptions.SectionName}:DevelopmentSignIn");
        services.AddTabAuthentication(developmentSignIn);
        return builder;
    }

    public static WebApplication MapSwitchboardTab(this WebApplication app)
    {
        var developmentSignIn = app.Services.GetService<DevelopmentSignIn>() is not null;
        var tab = app.MapGroup("/tab");
        tab.MapGet("/reports", (HttpContext context, string? lang) =>
        {
            Protect(context.Response, document: true);
            return Results.Content(new ReportPage(Texts(context, lang)).Shell(developmentSignIn), "text/html; charset=utf-8");
        });
        tab.MapGet("/assets/{name}", (HttpContext context, string name) =>
        {
            if (!Assets.TryGetValue(name, out var asset) || typeof(TabHostingExtensions).Assembly.GetManifestResourceStream(asset.Resource) is not { } stream)
            {
                return Results.NotFound();
            }

            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers.CacheControl = "no-cache";
            return Results.Stream(stream, asset.ContentType);
        });
        tab.MapGet("/api/report", ReportAsync).RequireAuthorization(TabAuth.Policy);

        if (developmentSignIn)
        {
            tab.MapGet("/dev/sign-in", (string? user, DevelopmentSignIn signIn, ILogger<DevelopmentSignIn> log) =>
            {
                if (string.IsNullOrWhiteSpace(user))
                {
                    return Results.BadRequest(new { error = "user", message = "Give ?user=<directory object id>." });
                }

                TabLog.DevelopmentToken(log, user);
                return Results.Json(new { token = signIn.Mint(user.Trim()) });
            });
        }

        return app;
    }

    private static async Task<IResult> ReportAsync(
        HttpContext context, ClaimsPrincipal user, string? period, string? scope, string? lang,
        ReportService reports, ReportAccessPolicy policy, IPeopleDirectory directory, TimeProvider time, ILogger<ReportPage> log)
    {
        Protect(context.Response, document: false);
        var texts = Texts(context, lang);
        var page = new ReportPage(texts);
        var viewer = new UserId(user.FindFirst(TabAuth.UserClaim)!.Value);
        var scopeId = scope?.Trim() ?? string.Empty;
        var filters = new TabFilters(
            period?.Trim() ?? time.GetUtcNow().ToString("yyyy-MM", CultureInfo.InvariantCulture),
            scopeId,
            directory.Current?.Users.FirstOrDefault(u => string.Equals(u.Id, scopeId, StringComparison.OrdinalIgnoreCase))?.DisplayName);

        // What the viewer's role gives them decides the picker; the scope asked for is decided again by the service.
        var own = policy.Decide(viewer, ReportScopeRequest.Default);
        var defaultKind = own.Scope?.Kind ?? ReportScopeKind.Own;
        var choices = own.Scope is { } allowed && directory.Current is { } snapshot ? Choices(snapshot, allowed, viewer) : [];
        if (!ReportPeriod.TryParseMonth(filters.Period, out var month))
        {
            return Html(page.Refusal(texts.Format("Refusal_BadInput", texts["BadPeriod"]), filters, defaultKind, choices), StatusCodes.Status400BadRequest);
        }

        var request = filters.Scope switch
        {
            "" => ReportScopeRequest.Default,
            "all" => ReportScopeRequest.Everyone,
            var person => ReportScopeRequest.LineOf(new UserId(person)),
        };
        var outcome = await reports.GetAsync(viewer, request, month, ReportUse.Viewed, context.RequestAborted);
        if (outcome.Report is not { } report || directory.Current is not { } current)
        {
            var reason = outcome.Denial?.Reason ?? ReportDenialReason.DirectoryUnavailable;
            TabLog.ReportRefused(log, viewer.Value, reason);
            var status = reason == ReportDenialReason.DirectoryUnavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status403Forbidden;
            return Html(page.Refusal(page.RefusalMessage(reason), filters, defaultKind, choices), status);
        }

        return Html(page.Report(report, outcome.Requests ?? new Dictionary<RequestId, SupportRequest>(), current, filters, defaultKind, choices), StatusCodes.Status200OK);
    }

    /// <summary>The people whose line (or own requests) the viewer may pick: everyone in their own scope, by name.</summary>
    private static List<ScopeChoice> Choices(DirectorySnapshot snapshot, ReportScope scope, UserId viewer) =>
        scope.Kind == ReportScopeKind.Own
            ? []
            : snapshot.Users
                .Where(u => scope.Includes(u.Id) && !string.Equals(u.Id, viewer.Value, StringComparison.OrdinalIgnoreCase))
                .OrderBy(u => u.DisplayName, StringComparer.CurrentCulture)
                .Select(u => new ScopeChoice(u.Id, string.IsNullOrWhiteSpace(u.Department) ? u.DisplayName ?? u.Id : $"{u.DisplayName} — {u.Department}"))
                .ToList();

    private static IResult Html(string html, int status) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);

    /// <summary>The reader's language: the one Teams reports (the script passes it as <c>lang</c>), else the browser's.</summary>
    private static TabTexts Texts(HttpContext context, string? lang) =>
        TabTexts.For(lang ?? context.Request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault()?.Value.Value);

    /// <summary>Nothing cached, nothing sniffed; the page itself runs only its own scripts and may be framed by Teams alone.</summary>
    private static void Protect(HttpResponse response, bool document)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        if (document)
        {
            response.Headers.ContentSecurityPolicy =
                $"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors {FrameAncestors}";
        }
    }
}
