using System.Diagnostics;
using AngleSharp.Html.Parser;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Site;
using Clinic.Web.ContentHosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.Content.FuzzTests;

/// <summary>
/// Runs fuzz cases through the loader, the linter and an in-process Production site reload, and collects every
/// broken promise: a crash, a hang past the budget, a rejected file without a file:line:col diagnostic, or a
/// served page without the disclaimer.
/// </summary>
internal sealed class FuzzHarness : IDisposable
{
    /// <summary>Far above any bounded case (the loader's own per-file budget is 5 s); past it, a case counts as hung.</summary>
    public static readonly TimeSpan HangBudget = TimeSpan.FromSeconds(30);

    private static readonly HtmlParser Parser = new();
    private readonly string root = Path.Combine(Path.GetTempPath(), "clinic-fuzz", Guid.NewGuid().ToString("N"), "content");
    private readonly ClaimLinter linter = new(RuleSetLoader.Load(Path.Combine(RepositoryRoot.Content, "claim-rules.yaml")));
    private readonly ProductionSite site;
    private readonly HttpClient client;

    public FuzzHarness()
    {
        FuzzSite.WriteTo(root);
        site = new ProductionSite(root);
        client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public List<string> Failures { get; } = [];

    public int Cases { get; private set; }

    public long WorstMemoryBytes { get; private set; }

    public TimeSpan Elapsed { get; private set; }

    /// <summary>Total time per stage, to see where a slow run goes.</summary>
    public Dictionary<string, TimeSpan> StageTimes { get; } = [];

    public async Task RunAsync(IEnumerable<FuzzCase> cases)
    {
        var clock = Stopwatch.StartNew();
        foreach (var fuzz in cases)
        {
            Cases++;
            FuzzSite.WriteTo(root);
            CleanOutside();
            fuzz.Apply(root);
            await OneAsync(fuzz);
            using var self = Process.GetCurrentProcess();
            WorstMemoryBytes = Math.Max(WorstMemoryBytes, self.PeakWorkingSet64);
        }

        Elapsed = clock.Elapsed;
    }

    private async Task OneAsync(FuzzCase fuzz)
    {
        var snapshot = Bounded(fuzz, "loader", () => ContentLoader.Load(root));
        if (snapshot is not null)
        {
            CheckDiagnostics(fuzz, snapshot);
        }

        Bounded(fuzz, "linter", () => linter.LintContent(root));
        var rebuilder = site.Services.GetRequiredService<ContentRebuilder>();
        Bounded(fuzz, "site reload", () => (object)rebuilder.Rebuild());
        var disclaimer = rebuilder.Source.Current.Site.Disclaimer;
        // The home page, the article every case can break, and the page that shows what the case touched.
        var touched = fuzz.Target switch
        {
            "references.yaml" => "/research",
            "faq.md" => "/faq",
            _ => null,
        };
        foreach (var path in new[] { "/", "/articles/how-a-session-goes", touched }.OfType<string>())
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var status = (int)response.StatusCode;
            if (path == "/" ? status != 200 : status >= 500)
            {
                Failures.Add($"{fuzz}: GET {path} answered {status}");
                continue;
            }

            if (status == 200)
            {
                var text = Parser.ParseDocument(await response.Content.ReadAsStringAsync()).Body?.TextContent ?? string.Empty;
                if (!Normalize(text).Contains(Normalize(disclaimer), StringComparison.Ordinal))
                {
                    Failures.Add($"{fuzz}: GET {path} has no disclaimer");
                }
            }
        }
    }

    /// <summary>Every diagnostic names file:line:col, and a file that did not load has at least one.</summary>
    private void CheckDiagnostics(FuzzCase fuzz, ContentSnapshot snapshot)
    {
        foreach (var d in snapshot.Diagnostics.Where(d => d.Line < 1 || d.Column < 1 || d.Path.Length == 0))
        {
            Failures.Add($"{fuzz}: diagnostic without a position: {d}");
        }

        // The loader's last-resort catch turns an unexpected exception into "could not be read (Type: ...)": a bug, not a diagnostic.
        foreach (var d in snapshot.Diagnostics.Where(d => d.Message.StartsWith("The file could not be read (", StringComparison.Ordinal)))
        {
            Failures.Add($"{fuzz}: unexpected exception in the loader: {d}");
        }

        var target = Path.Combine(root, fuzz.Target);
        var loaded = fuzz.Target switch
        {
            "site.yaml" => !ReferenceEquals(snapshot.Site, SiteSettings.Fallback),
            "references.yaml" => snapshot.References.Count > 0,
            "faq.md" => snapshot.Faq is not null,
            _ when fuzz.Target.StartsWith("diagrams/", StringComparison.Ordinal) => snapshot.Diagrams.ContainsKey(Path.GetFileName(target)),
            _ => snapshot.Articles.Any(a => a.SourcePath == target),
        };
        var reported = snapshot.Diagnostics.Any(d => d.Path == target || d.Path.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        if (!loaded && !reported)
        {
            Failures.Add($"{fuzz}: the file was not loaded and no diagnostic names it");
        }
    }

    private T? Bounded<T>(FuzzCase fuzz, string stage, Func<T> work)
        where T : class
    {
        var started = Stopwatch.GetTimestamp();
        var task = Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            if (task.Wait(HangBudget))
            {
                StageTimes[stage] = StageTimes.GetValueOrDefault(stage) + Stopwatch.GetElapsedTime(started);
                return task.Result;
            }

            Failures.Add($"{fuzz}: the {stage} hung for more than {HangBudget.TotalSeconds} s");
        }
        catch (AggregateException ex)
        {
            Failures.Add($"{fuzz}: the {stage} threw {ex.InnerException?.GetType().Name}: {ex.InnerException?.Message}");
        }

        return null;
    }

    private void CleanOutside()
    {
        var outside = Path.Combine(Path.GetDirectoryName(root)!, "content-outside.md");
        if (File.Exists(outside))
        {
            File.Delete(outside);
        }
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public void Dispose()
    {
        client.Dispose();
        site.Dispose();
        try
        {
            Directory.Delete(Path.GetDirectoryName(root)!, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
