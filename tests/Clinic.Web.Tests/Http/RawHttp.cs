using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.Web.Tests.Http;

/// <summary>
/// The site on real Kestrel on a loopback port, spoken to in raw bytes: for what only a real server does (its own
/// 400/414/431/505 answers, the Server header, request lines no HTTP client would send).
/// </summary>
public static class RawHttp
{
    /// <summary>Starts <paramref name="site"/> on Kestrel on a free loopback port; returns its address.</summary>
    public static Uri StartKestrel(this SiteFactory site)
    {
        site.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        site.StartServer();
        var addresses = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First());
    }

    /// <summary>
    /// Sends <paramref name="request"/> as written (CRLF line ends) and reads the whole answer; the server closes the
    /// connection. An https address is spoken to over TLS, trusting only the tests' own self-signed certificate.
    /// </summary>
    public static async Task<RawResponse> SendAsync(Uri server, string request)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port, timeout.Token);
        await using var stream = server.Scheme == Uri.UriSchemeHttps ? await TlsAsync(tcp.GetStream(), server.Host, timeout.Token) : tcp.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request), timeout.Token);
        using var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received, timeout.Token);
        }
        catch (IOException)
        {
            // A server that rejects a request may reset the connection after its answer; the answer is what counts.
        }

        return RawResponse.Parse(Encoding.Latin1.GetString(received.ToArray()));
    }

    private static async Task<Stream> TlsAsync(NetworkStream network, string host, CancellationToken cancel)
    {
        var tls = new SslStream(network, leaveInnerStreamOpen: false, (_, certificate, _, _) => IsTestCertificate(certificate));
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = host }, cancel);
        return tls;
    }

    /// <summary>The tests' own throwaway certificate: self-signed, for localhost.</summary>
    private static bool IsTestCertificate(System.Security.Cryptography.X509Certificates.X509Certificate? certificate) =>
        certificate is not null && certificate.Subject == "CN=localhost" && certificate.Issuer == certificate.Subject;

    /// <summary>A request line and headers with Connection: close, so the answer ends with the connection.</summary>
    public static string Request(string method, string target, string host = "localhost", string version = "HTTP/1.1", params string[] headers) =>
        $"{method} {target} {version}\r\nHost: {host}\r\n{string.Concat(headers.Select(h => h + "\r\n"))}Connection: close\r\n\r\n";
}

/// <summary>An HTTP/1.1 answer as it came over the wire.</summary>
public sealed record RawResponse(int Status, IReadOnlyList<(string Name, string Value)> Headers, string Body)
{
    public string? Header(string name) => Headers.FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>The body as a reader gets it: de-chunked and decompressed (Brotli or gzip).</summary>
    public string Text()
    {
        var bytes = Encoding.Latin1.GetBytes(Body);
        if (Header("Transfer-Encoding") == "chunked")
        {
            using var joined = new MemoryStream();
            var at = 0;
            while (Body.IndexOf("\r\n", at, StringComparison.Ordinal) is var end and > 0
                && int.Parse(Body.AsSpan(at, end - at).ToString().Split(';')[0], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture) is var size and > 0)
            {
                joined.Write(bytes, end + 2, size);
                at = end + 2 + size + 2;
            }

            bytes = joined.ToArray();
        }

        using Stream decoded = Header("Content-Encoding") switch
        {
            "br" => new System.IO.Compression.BrotliStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress),
            "gzip" => new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress),
            _ => new MemoryStream(bytes),
        };
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static RawResponse Parse(string text)
    {
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = (end < 0 ? text : text[..end]).Split("\r\n");
        var status = head[0].Split(' ') is [_, var code, ..] && int.TryParse(code, out var parsed) ? parsed : 0;
        var headers = head.Skip(1).Select(l => l.Split(':', 2)).Where(p => p.Length == 2).Select(p => (p[0].Trim(), p[1].Trim())).ToList();
        return new RawResponse(status, headers, end < 0 ? string.Empty : text[(end + 4)..]);
    }
}
