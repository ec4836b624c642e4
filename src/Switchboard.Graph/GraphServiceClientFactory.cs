using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;

namespace Switchboard.Graph;

/// <summary>
/// Builds the process's one <see cref="GraphServiceClient"/>: the SDK's default handler chain (whose retry handler
/// already honours Retry-After on 429, 503 and 504, so no second retry layer is added) plus a handler that only
/// counts traffic for the sync reports.
/// </summary>
public static class GraphServiceClientFactory
{
    /// <summary>The credential the options ask for. Secrets stay inside Azure.Identity; nothing else sees them.</summary>
    public static TokenCredential CreateCredential(GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.UseManagedIdentity)
        {
            return string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
        }

        if (!options.IsConfigured)
        {
            throw new InvalidOperationException(
                $"Microsoft Graph is not configured: set {GraphOptions.SectionName}:TenantId, ClientId and ClientSecret or CertificatePath, or UseManagedIdentity.");
        }

        if (!string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            return new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret);
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath!, options.CertificatePassword);
        return new ClientCertificateCredential(options.TenantId, options.ClientId, certificate);
    }

    public static GraphServiceClient CreateClient(TokenCredential credential, GraphOptions options, GraphTraffic traffic)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(traffic);
        var baseUri = new Uri(options.BaseUrl);
        var betaUri = new Uri(options.BetaBaseUrl);

        // Tokens go only to the configured Graph hosts; the scope follows the cloud of the base URL
        // (graph.microsoft.us, ...), and a loopback fake still asks for the public Graph scope.
        string[] allowedHosts = [.. new[] { baseUri.Host, betaUri.Host }.Distinct(StringComparer.OrdinalIgnoreCase)];
        var scope = baseUri.Scheme == Uri.UriSchemeHttps ? $"https://{baseUri.Host}/.default" : "https://graph.microsoft.com/.default";
        var authentication = new AzureIdentityAuthenticationProvider(credential, allowedHosts, null, true, scope);

        var handlers = Microsoft.Graph.GraphClientFactory.CreateDefaultHandlers();
        handlers.Add(new GraphTrafficHandler(traffic));
        var httpClient = Microsoft.Graph.GraphClientFactory.Create(handlers);
        return new GraphServiceClient(httpClient, authentication, options.BaseUrl.TrimEnd('/'));
    }
}
