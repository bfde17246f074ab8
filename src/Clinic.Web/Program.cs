using Clinic.Content;
using Clinic.Web.ContentHosting;
using Clinic.Web.Endpoints;
using Clinic.Web.Http;
using Clinic.Web.Logging;

var builder = WebApplication.CreateBuilder(args);
builder.AddSiteLogging();
builder.AddSiteHttp();

var development = builder.Environment.IsDevelopment();
builder.Services.AddContentHosting(new ContentOptions(
    ContentRootLocator.Locate(builder.Configuration, builder.Environment.ContentRootPath),
    development ? PublicationPolicy.Preview : PublicationPolicy.Production,
    ShowProblems: development)
{
    Watch = builder.Configuration.GetValue("Content:Watch", defaultValue: true),
    LiveReload = development,
});
builder.Services.AddRazorPages();

var app = builder.Build();

// Read the content at start-up, not on the first request: requests never parse or touch content files.
app.Services.GetRequiredService<SnapshotSource>();

// Proxy trust, security headers, request log, error pages, HTTPS and allowed methods, in that order (see SiteHttp).
app.UseSiteHttp();
app.UseLiveReload();
app.UseStaticFiles(Clinic.Web.Performance.StaticFileCaching.Options);
app.UseRouting();
app.MapRazorPages();
app.MapGet("/sitemap.xml", SitemapEndpoint.Handle);
app.MapGet("/robots.txt", RobotsEndpoint.Handle);
app.MapGet(DiagramEndpoint.Route, DiagramEndpoint.Handle);

app.Run();

/// <summary>The site's entry point (public so in-process tests can host it).</summary>
public partial class Program;
