using AngleSharp.Html.Parser;

namespace Clinic.Web.Tests.Http;

/// <summary>
/// The hostile request set (issue 13): traversal variants, overlong URLs and headers, odd methods, Host injection and
/// ranges, sent as raw bytes to the site on real Kestrel. None may get a 5xx; every answer with a body is the site's
/// own page or file, and no injected host is echoed.
/// </summary>
public sealed class HostileRequestTests : IClassFixture<HostileRequestTests.KestrelSite>
{
    private const string Evil = "evil.example";
    private readonly Uri server;

    public HostileRequestTests(KestrelSite site) => server = site.Address;

    public static TheoryData<string, string> Requests()
    {
        var data = new TheoryData<string, string>();
        void Add(string name, string request) => data.Add(name, request);
        string Get(string target, params string[] headers) => RawHttp.Request("GET", target, headers: headers);

        foreach (var target in new[]
        {
            "/../../etc/passwd", "/..%2f..%2fetc%2fpasswd", "/%2e%2e/%2e%2e/etc/passwd", "/articles/..%5c..%5csite.yaml",
            "/articles/%252e%252e%252fsite.yaml", "/diagrams/..%2f..%2fsite.yaml", "/diagrams/%2e%2e%2fsite.yaml",
            "/css/..%2f..%2fappsettings.json", "/css/%c0%ae%c0%ae/appsettings.json", "/articles/%00", "/%00", "/articles/x%00.md",
            "//etc/passwd", "/\\..\\..\\windows\\win.ini", "/articles/ketamine-safety/..;/..;/site.yaml", "/%ff%fe", "/%",
            "/articles/%E2%80%AE", "/error", "/error?statusCode=500", "/not-found", "/_content/changes", "/js//live-reload.js",
            "http://evil.example/", "*", "/?" + new string('q', 7000), "/articles/" + new string('a', 7000),
        })
        {
            Add("path " + target[..Math.Min(target.Length, 40)], Get(target));
        }

        Add("URL over Kestrel's limit", Get("/" + new string('a', 9000)));
        Add("header over Kestrel's limit", Get("/", "X-Big: " + new string('b', 40_000)));
        Add("many headers", Get("/", [.. Enumerable.Range(0, 200).Select(i => $"X-H{i}: {new string('h', 200)}")]));
        Add("header without a colon", Get("/", "NoColonHere"));
        Add("header with a bare CR", "GET / HTTP/1.1\r\nHost: localhost\r\nX-A: a\rb\r\nConnection: close\r\n\r\n");
        Add("HTTP/1.7", RawHttp.Request("GET", "/", version: "HTTP/1.7"));
        Add("HTTP/2.0 in a 1.1 line", RawHttp.Request("GET", "/", version: "HTTP/2.0"));
        Add("no version", "GET /\r\n\r\n");
        Add("garbage line", "\u0001\u0002 not http at all\r\n\r\n");
        Add("lower-case method", RawHttp.Request("get", "/"));
        Add("CONNECT", RawHttp.Request("CONNECT", "localhost:443"));
        Add("OPTIONS *", RawHttp.Request("OPTIONS", "*"));
        foreach (var method in new[] { "TRACE", "TRACK", "DEBUG", "PUT", "DELETE", "PATCH", "POST", "PROPFIND", "MKCOL", "BREW", "X" + new string('M', 300) })
        {
            Add("method " + method[..Math.Min(method.Length, 12)], RawHttp.Request(method, "/faq", headers: "Content-Length: 0"));
        }

        Add("Host injection", RawHttp.Request("GET", "/", host: Evil));
        Add("Host injection with a path", RawHttp.Request("GET", "/faq", host: Evil + "/x?y"));
        Add("Host with CRLF-looking text", RawHttp.Request("GET", "/", host: "a%0d%0aSet-Cookie:x"));
        Add("two Host headers", RawHttp.Request("GET", "/", headers: "Host: " + Evil));
        Add("empty Host", "GET / HTTP/1.1\r\nHost:\r\nConnection: close\r\n\r\n");
        Add("X-Forwarded-Host", Get("/", "X-Forwarded-Host: " + Evil, "X-Forwarded-Proto: https", "X-Forwarded-For: 1.2.3.4"));
        Add("X-Original-URL", Get("/", "X-Original-URL: /appsettings.json", "X-Rewrite-URL: /appsettings.json"));
        foreach (var range in new[] { "bytes=999999-", "bytes=-0", "bytes=5-1", "bytes=0-0,0-0,0-0,0-0,0-0,0-0,0-0,0-0", "bytes=abc", "items=0-1", "bytes=0-18446744073709551616" })
        {
            Add("range " + range[..Math.Min(range.Length, 20)] + " page", Get("/faq", "Range: " + range));
            Add("range " + range[..Math.Min(range.Length, 20)] + " file", Get("/css/site.css", "Range: " + range));
            Add("range " + range[..Math.Min(range.Length, 20)] + " svg", Get("/diagrams/ketamine-cascade.svg", "Range: " + range));
        }

        Add("If-None-Match junk", Get("/css/site.css", "If-None-Match: \"" + new string('x', 4000)));
        Add("Accept-Encoding junk", Get("/", "Accept-Encoding: " + string.Join(",", Enumerable.Repeat("br;q=0.5", 500))));
        Add("chunked GET body", "GET / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
        Add("smuggling CL and TE", "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n");
        Add("HEAD sitemap", RawHttp.Request("HEAD", "/sitemap.xml"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_hostile_request_never_gets_a_5xx_and_never_a_foreign_page(string name, string request)
    {
        var response = await RawHttp.SendAsync(server, request);

        // 505 is the one 5xx that is the correct answer, and only to an HTTP version the server does not speak.
        var wrongVersion = name.StartsWith("HTTP/", StringComparison.Ordinal);
        response.Status.Should().BeInRange(200, wrongVersion ? 505 : 499, name);
        response.Status.Should().NotBeInRange(500, 504, name);
        response.Header("Server").Should().BeNull();
        response.Text().Should().NotContain(Evil, "no request can make the site echo a host it was sent");
        response.Headers.Should().NotContain(h => h.Name.Equals("Set-Cookie", StringComparison.OrdinalIgnoreCase));
        if (response.Header("Content-Type") is { } type && type.StartsWith("text/html", StringComparison.Ordinal) && response.Body.Length > 0)
        {
            var document = new HtmlParser().ParseDocument(response.Text());
            document.QuerySelector(".crisis-notice")?.TextContent.Should().Contain("988", name);
            document.QuerySelector("footer .disclaimer").Should().NotBeNull(name);
        }

        if (response.Status is >= 400 && response.Body.Length > 0)
        {
            // Kestrel's own rejections have no body; every answer the site writes carries its security headers.
            response.Header("Content-Security-Policy").Should().NotBeNull(name);
        }
    }

    /// <summary>One site on Kestrel for the whole set: the requests only read.</summary>
    public sealed class KestrelSite : IDisposable
    {
        private readonly SiteFactory site = new();

        public KestrelSite() => Address = site.StartKestrel();

        public Uri Address { get; }

        public void Dispose() => site.Dispose();
    }
}
