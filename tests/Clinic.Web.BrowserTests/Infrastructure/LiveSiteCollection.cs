namespace Clinic.Web.BrowserTests.Infrastructure;

/// <summary>All browser tests share one site and one browser, and run one after another (the machine is small).</summary>
[CollectionDefinition(Name)]
public sealed class LiveSiteCollection : ICollectionFixture<LiveSite>
{
    public const string Name = "live site";
}
