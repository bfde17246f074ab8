using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Clinic.Content.FuzzTests;

/// <summary>The real site in Production on a content folder, reloaded by the test itself (ContentRebuilder.Rebuild) rather than the watcher.</summary>
internal sealed class ProductionSite(string contentRoot) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Content:Root", contentRoot);
        builder.UseSetting("Content:Watch", "false");
    }
}
