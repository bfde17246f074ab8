using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Clinic.Web.BrowserTests.Infrastructure;

/// <summary>The real site on Kestrel on a free loopback port, in Production, on the repository's content.</summary>
public sealed class LiveSiteFactory : WebApplicationFactory<Program>
{
    public LiveSiteFactory() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Content:Root", RepositoryRoot.Content);
    }
}
