using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Clinic.Web.ContentHosting;

/// <summary>Registers the content the site serves: the first load, the linter, and (unless switched off) the folder watcher.</summary>
internal static class ContentHostingSetup
{
    public static IServiceCollection AddContentHosting(this IServiceCollection services, ContentOptions options)
    {
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<FindingsStore>();
        services.AddSingleton<ContentVersion>();
        services.AddSingleton<IContentLint, ContentLint>();
        services.AddSingleton<ContentRebuilder>();
        services.AddSingleton(s => s.GetRequiredService<ContentRebuilder>().Source);
        services.AddSingleton<ISnapshotSource>(s => s.GetRequiredService<SnapshotSource>());
        if (options.Watch)
        {
            services.AddHostedService<ContentWatcher>();
        }

        return services;
    }
}
