using Clinic.Content;
using Clinic.Content.Workspace;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Clinic.Web.ContentHosting;

/// <summary>Registers the content the site serves: its options, the first load, the linter, and the folder watcher.</summary>
internal static class ContentHostingSetup
{
    /// <summary>Binds <see cref="ContentOptions"/> from <paramref name="configuration"/> (validated at start-up) and registers content hosting.</summary>
    public static IServiceCollection AddContentHosting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ContentOptions>()
            .Bind(configuration.GetSection(ContentOptions.Section))
            .PostConfigure<IHostEnvironment>((options, environment) => Complete(options, environment))
            .ValidateDataAnnotations()
            .Validate(o => o.MaxDelay >= o.QuietPeriod, "Content:MaxDelay must be at least Content:QuietPeriod, or a steady stream of saves would never be shown.")
            .ValidateOnStart();
        services.AddSingleton(s => s.GetRequiredService<IOptions<ContentOptions>>().Value);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<FindingsStore>();
        services.AddSingleton<ContentVersion>();
        services.AddSingleton<IContentLint, ContentLint>();
        services.AddSingleton<ContentRebuilder>();
        services.AddSingleton(s => s.GetRequiredService<ContentRebuilder>().Source);
        services.AddSingleton<ISnapshotSource>(s => s.GetRequiredService<SnapshotSource>());
        services.AddHostedService<ContentWatcher>();
        return services;
    }

    /// <summary>What the environment decides: the full content folder, and what readers and editors see.</summary>
    private static void Complete(ContentOptions options, IHostEnvironment environment)
    {
        var development = environment.IsDevelopment();
        var current = Directory.GetCurrentDirectory();

        // A configured folder that is missing is still used: the site starts empty and serves it once it appears.
        options.Root = ContentWorkspace.Locate(options.Root, current, out _, environment.ContentRootPath, current, AppContext.BaseDirectory)
            ?? Path.GetFullPath(string.IsNullOrWhiteSpace(options.Root) ? Path.Combine(environment.ContentRootPath, "content") : options.Root, current);
        options.Policy = PublicationPolicy.For(development);
        options.ShowProblems = development;
        options.LiveReload = development;
    }
}
