using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Clinic.Web.Tests;

/// <summary>Hosts the real site in-process on a content folder, in Production unless told otherwise.</summary>
public sealed class SiteFactory(string contentRoot, string environment = "Production") : WebApplicationFactory<Program>
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The site on the content the repository ships.</summary>
    public SiteFactory()
        : this(RepositoryRoot.Content)
    {
    }

    /// <summary>Every log entry the site wrote.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Configuration the site reads on top of its appsettings (ReverseProxy:KnownProxies...).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Replaces some of the site's services (after the site registered its own).</summary>
    public Action<IServiceCollection>? WithServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Content:Root", contentRoot);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
        if (WithServices is { } replace)
        {
            builder.ConfigureTestServices(replace);
        }
    }

    /// <summary>GETs a path without following redirects.</summary>
    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    /// <summary>Sends one request without following redirects; <paramref name="headers"/> are added as given.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, params (string Name, string Value)[] headers)
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    /// <summary>GETs a page and parses its HTML.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPageAsync(string path)
    {
        var response = await GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        return (response, Parser.ParseDocument(html));
    }

    /// <summary>The site-relative paths listed in sitemap.xml.</summary>
    public async Task<IReadOnlyList<string>> SitemapPathsAsync()
    {
        var response = await GetAsync("/sitemap.xml");
        response.EnsureSuccessStatusCode();
        var xml = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        return xml.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).AbsolutePath).ToList();
    }
}
