using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Clinic.Web.Security;

/// <summary>
/// The TLS-terminating proxy in front of the site (<c>ReverseProxy</c> settings). Its X-Forwarded-For and
/// X-Forwarded-Proto are believed from the addresses configured here only; from anyone else they are ignored.
/// </summary>
internal sealed record ReverseProxy(IReadOnlyList<IPAddress> Proxies, IReadOnlyList<System.Net.IPNetwork> Networks, int HttpsPort)
{
    /// <summary>True when a proxy is configured: the site is then behind TLS and redirects plain HTTP to HTTPS.</summary>
    public bool Configured => Proxies.Count > 0 || Networks.Count > 0;

    /// <summary>Reads <c>ReverseProxy:KnownProxies</c> (addresses), <c>ReverseProxy:KnownNetworks</c> (CIDR) and <c>ReverseProxy:HttpsPort</c> (443).</summary>
    public static ReverseProxy From(IConfiguration configuration)
    {
        var section = configuration.GetSection("ReverseProxy");
        return new ReverseProxy(
            [.. Values(section.GetSection("KnownProxies")).Select(IPAddress.Parse)],
            [.. Values(section.GetSection("KnownNetworks")).Select(n => System.Net.IPNetwork.Parse(n))],
            section.GetValue("HttpsPort", 443));
    }

    /// <summary>Forwarded headers from the configured proxies only (the framework's default trusts loopback).</summary>
    public void Configure(ForwardedHeadersOptions options)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in Proxies)
        {
            options.KnownProxies.Add(proxy);
        }

        foreach (var network in Networks)
        {
            options.KnownIPNetworks.Add(network);
        }

        // One proxy hop: the client address is the one the proxy saw, not one a client wrote into the header itself.
        options.ForwardLimit = 1;
    }

    private static IEnumerable<string> Values(IConfigurationSection section) =>
        section.GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Length > 0)
            .Concat(section.Value is { Length: > 0 } one ? one.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : []);
}
