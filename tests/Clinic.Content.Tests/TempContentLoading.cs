using Clinic.Content.Diagnostics;

namespace Clinic.Content.Tests;

/// <summary>Loading a <see cref="TempContent"/> folder the way the site and the CLI do.</summary>
internal static class TempContentLoading
{
    public static ContentSnapshot Load(this TempContent content) => ContentLoader.Load(content.Root);

    /// <summary>Loads, expecting a <paramref name="code"/> diagnostic on <paramref name="path"/> and the article fine.md still loaded.</summary>
    public static (ContentSnapshot Snapshot, ContentDiagnostic Diagnostic) LoadExpecting(this TempContent content, string code, string path)
    {
        var snapshot = content.Load();
        var diagnostic = snapshot.Diagnostics.Should().Contain(d => d.Code == code && d.Path == path,
            "all: " + string.Join(" | ", snapshot.Diagnostics)).Which;
        snapshot.Articles.Select(a => a.Slug).Should().Contain("fine", "one bad file never stops the others from loading");
        return (snapshot, diagnostic);
    }
}
