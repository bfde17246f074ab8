namespace Clinic.Web.Performance;

/// <summary>What a cached response depends on, which decides whether it survives a content reload.</summary>
internal enum CacheEntryKind
{
    /// <summary>A file from wwwroot: never depends on content.</summary>
    Asset,

    /// <summary>An article page: depends on its own file and the files every page shares.</summary>
    Article,

    /// <summary>Anything else (home, FAQ, research, lists, feeds, diagrams, the 404 page): may depend on any file.</summary>
    Page,
}
