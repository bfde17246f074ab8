namespace Clinic.Web.Tests;

/// <summary>One in-process site on the shipped content, shared by the tests that only read it.</summary>
public sealed class ShippedSiteFixture : IDisposable
{
    public SiteFactory Site { get; } = new();

    public void Dispose() => Site.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ShippedSiteCollection : ICollectionFixture<ShippedSiteFixture>
{
    public const string Name = "shipped site";
}
