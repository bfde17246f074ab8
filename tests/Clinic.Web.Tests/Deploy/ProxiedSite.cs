using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Clinic.Web.Tests.Http;

namespace Clinic.Web.Tests.Deploy;

/// <summary>
/// deploy/nginx-proxy.conf run by real nginx, over TLS with a throwaway self-signed certificate, in front of the site on
/// real Kestrel (Production, trusting the proxy on loopback), as docs/deploy.md tells the clinic to run it.
/// </summary>
public sealed class ProxiedSite : IAsyncLifetime, IDisposable
{
    private readonly SiteFactory site = new() { Settings = { ["ReverseProxy:KnownProxies:0"] = "127.0.0.1" } };
    private NginxServer? nginx;

    /// <summary>The site itself, on Kestrel, without the proxy.</summary>
    public Uri Site { get; private set; } = null!;

    /// <summary>The site's own answer to GET /faq, for the security headers it sends.</summary>
    public RawResponse Direct { get; private set; } = null!;

    /// <summary>nginx's HTTPS address.</summary>
    public Uri Https => new($"https://localhost:{nginx!.Port}/");

    /// <summary>nginx's plain-HTTP address (which only redirects).</summary>
    public Uri Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Site = site.StartKestrel();
        Direct = await RawHttp.SendAsync(Site, RawHttp.Request("GET", "/faq"));
        var plainPort = NginxServer.FreePort();
        Http = new Uri($"http://localhost:{plainPort}/");
        nginx = await NginxServer.StartAsync("nginx-proxy.conf", server =>
        {
            var (certificate, key) = WriteCertificate(server.Folder);
            return new Dictionary<string, string>
            {
                ["upstream"] = $"server 127.0.0.1:{Site.Port};",
                ["listen"] = $"listen 127.0.0.1:{server.Port} ssl;",
                ["listen_plain"] = $"listen 127.0.0.1:{plainPort};",
                ["certificate"] = $"ssl_certificate {certificate};",
                ["certificate_key"] = $"ssl_certificate_key {key};",
            };
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        nginx?.Dispose();
        site.Dispose();
    }

    private static (string Certificate, string Key) WriteCertificate(string folder)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var (certificatePath, keyPath) = (Path.Combine(folder, "site.crt"), Path.Combine(folder, "site.key"));
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
        return (certificatePath, keyPath);
    }
}
