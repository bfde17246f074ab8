using Clinic.Web.ContentHosting;
using Clinic.Web.Endpoints;
using Clinic.Web.Export;
using Clinic.Web.Health;
using Clinic.Web.Http;
using Clinic.Web.Logging;
using Clinic.Web.Performance;

// `export OUT/` hosts this same site in Production on a loopback port and writes its responses to OUT/.
var commandLine = args;
var exportFolder = ExportCommand.Parse(ref args);
if (exportFolder is not null && await ExportCommand.RelaunchAsync(commandLine, exportFolder) is { } exportExit)
{
    return exportExit;
}

var builder = exportFolder is null ? WebApplication.CreateBuilder(args) : WebApplication.CreateBuilder(ExportCommand.HostOptions(args));
if (exportFolder is not null)
{
    // Build output keeps wwwroot in the project (found through the static web assets manifest); a publish copies it.
    builder.WebHost.UseStaticWebAssets();
}

builder.AddSiteLogging();
builder.AddSiteHttp();

builder.Services.AddContentHosting(builder.Configuration);
builder.Services.AddSingleton<Clinic.Web.Search.SiteSearch>();
// The later pages of long lists: /page/2 (home), /articles/page/2 and /research/KEY/cited-in/page/2 ...
// (paths, so each is a file in the export).
builder.Services.AddRazorPages(razor => razor.Conventions
    .AddPageRoute("/Index", "page/{number:int}")
    .AddPageRoute("/Articles/Index", "articles/page/{number:int}")
    .AddPageRoute("/Studies/Study", "research/{key:maxlength(100)}/cited-in/page/{number:int}"));
builder.Services.AddRenderCache();
builder.Services.AddSiteHealth();

var app = builder.Build();

// Read the content at start-up, not on the first request, and give back what reading it needed only once, after the
// first answer (an export loads it too, but exits within seconds: a compacting collection would only cost it time).
// First in the pipeline, so that any answer (a page, a readiness probe) starts it.
if (exportFolder is null)
{
    app.LoadContentCompactly();
}

// Proxy trust and security headers first; health probes next, unlogged; then the request log, error pages, HTTPS and
// allowed methods (see SiteHttp), so that the render cache below only ever sees GET.
app.UseSiteHttpHeaders();
app.UseSiteHealth();
app.UseSiteHttpRequests();
app.UseLiveReload();
app.UseRenderCache();
app.UseStaticFiles(Clinic.Web.Performance.StaticFileCaching.Options);
app.UseRouting();
// Named here, after routing, so that WebApplication does not put them in front of everything (Razor Pages registers
// their services): there every answer from the render cache paid for a service scope per request.
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.MapGet("/sitemap.xml", SitemapEndpoint.Handle);
app.MapGet("/robots.txt", RobotsEndpoint.Handle);
app.MapGet(SiteUrls.Feed, FeedEndpoint.Handle);
app.MapGet(DiagramEndpoint.Route, DiagramEndpoint.Handle);

if (exportFolder is not null)
{
    return await ExportCommand.RunAsync(app, exportFolder, Console.Out, Console.Error);
}

await app.RunAsync();
return 0;

/// <summary>The site's entry point (public so in-process tests can host it).</summary>
public partial class Program;
