using Clinic.Content;
using Clinic.Web.ContentHosting;
using Clinic.Web.Endpoints;
using Clinic.Web.Logging;
using Clinic.Web.Security;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

var serilog = new LoggerConfiguration().ReadFrom.Configuration(builder.Configuration).CreateLogger();
builder.Logging.ClearProviders();
builder.Logging.AddSerilog(serilog, dispose: true);

var development = builder.Environment.IsDevelopment();
builder.Services.AddContentHosting(new ContentOptions(
    ContentRootLocator.Locate(builder.Configuration, builder.Environment.ContentRootPath),
    development ? PublicationPolicy.Preview : PublicationPolicy.Production,
    ShowProblems: development)
{
    Watch = builder.Configuration.GetValue("Content:Watch", defaultValue: true),
    LiveReload = development,
});
builder.Services.AddSingleton<Clinic.Web.Search.SiteSearch>();
builder.Services.AddRazorPages();

var app = builder.Build();

// Read the content at start-up, not on the first request: requests never parse or touch content files.
app.Services.GetRequiredService<SnapshotSource>();

app.UseSecurityHeaders();
app.UseRequestLogging();
if (!development)
{
    app.UseExceptionHandler("/error");
}

app.UseStatusCodePagesWithReExecute("/not-found");
app.UseLiveReload();
app.UseStaticFiles(Clinic.Web.Performance.StaticFileCaching.Options);
app.UseRouting();
app.MapRazorPages();
app.MapGet("/sitemap.xml", SitemapEndpoint.Handle);
app.MapGet("/robots.txt", RobotsEndpoint.Handle);
app.MapGet(SiteUrls.Feed, FeedEndpoint.Handle);
app.MapGet(DiagramEndpoint.Route, DiagramEndpoint.Handle);

app.Run();

/// <summary>The site's entry point (public so in-process tests can host it).</summary>
public partial class Program;
