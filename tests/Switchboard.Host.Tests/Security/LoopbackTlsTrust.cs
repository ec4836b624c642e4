using System.Net;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Switchboard.Host.Tests.Security;

/// <summary>
/// One self-signed loopback certificate for the whole test process, trusted by this process only.
/// <para>
/// The SDK downloads the channel's OpenID metadata and signing keys with a static HttpClient of its own (inside
/// its authentication classes; the <c>IHttpClientFactory</c> given to it is used for other calls), so no handler
/// can be slipped in to trust a test certificate. What every HttpClient on Linux does share is OpenSSL's trust
/// list, read from <c>SSL_CERT_FILE</c> when the first certificate chain is built. Before any test runs, the
/// process gets a copy of the system bundle plus this certificate as its <c>SSL_CERT_FILE</c>; the machine's
/// stores are left alone.
/// </para>
/// </summary>
internal static class LoopbackTlsTrust
{
    private const string SystemBundle = "/etc/ssl/certs/ca-certificates.crt";

    public static X509Certificate2 Certificate { get; } = CreateCertificate();

#pragma warning disable CA2255 // A test assembly's module initializer is the one hook that runs before any test builds a chain.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void TrustForThisProcess()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var bundle = Path.Combine(Path.GetTempPath(), "switchboard-tests", $"trust-{Environment.ProcessId}.pem");
        Directory.CreateDirectory(Path.GetDirectoryName(bundle)!);
        var existing = Environment.GetEnvironmentVariable("SSL_CERT_FILE") is { } configured && File.Exists(configured)
            ? File.ReadAllText(configured)
            : File.Exists(SystemBundle) ? File.ReadAllText(SystemBundle) : string.Empty;
        File.WriteAllText(bundle, existing + Environment.NewLine + Certificate.ExportCertificatePem() + Environment.NewLine);

        // OpenSSL reads the native environment; Environment.SetEnvironmentVariable only changes .NET's copy.
        if (SetNativeEnvironmentVariable("SSL_CERT_FILE", bundle, overwrite: 1) != 0)
        {
            throw new InvalidOperationException($"Could not set SSL_CERT_FILE for the loopback certificate (errno {Marshal.GetLastPInvokeError()}).");
        }
    }

    // DllImport rather than LibraryImport: the generated marshalling would need unsafe code in the test project for one call.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "setenv", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetNativeEnvironmentVariable(string name, string value, int overwrite);
#pragma warning restore SYSLIB1054

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());

        // Its own anchor: OpenSSL only takes a self-signed certificate as the root of a chain when it may sign certificates.
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.KeyCertSign, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
    }
}
