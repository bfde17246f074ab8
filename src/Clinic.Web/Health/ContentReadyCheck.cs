using Clinic.Web.ContentHosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Clinic.Web.Health;

/// <summary>Ready when a content snapshot is served; says how many articles it shows and when it was read.</summary>
/// <remarks>The site reads its content before it starts listening, so a probe never waits for the first load.</remarks>
internal sealed class ContentReadyCheck(SnapshotSource source, ContentOptions options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = source.Latest;
        var articles = snapshot.VisibleArticles(options.Policy).Count();
        return Task.FromResult(HealthCheckResult.Healthy($"{articles} articles loaded at {snapshot.LoadedAt:O}"));
    }
}
