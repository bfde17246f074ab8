using System.Text;
using System.Text.Json;
using Clinic.Content.Lint.Findings;

namespace Clinic.Web.LintCaching;

/// <summary>
/// The lint cache on disk (<c>Content:LintCache</c>): findings by key, as one JSON file replaced whole on each save.
/// A file that is not a lint cache is never read or overwritten; a damaged one is treated as empty; a folder the
/// site cannot write to leaves the site linting as if there were no cache. None of these stops the site or the export.
/// </summary>
internal sealed class LintCacheFile(string path, ILogger logger)
{
    /// <summary>How every lint cache file starts; a file that starts otherwise belongs to someone else.</summary>
    private static readonly byte[] Signature = Encoding.UTF8.GetBytes("{\"format\":\"clinic-lint-cache/");

    private const string Format = "clinic-lint-cache/1";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private bool foreign;
    private bool warned;

    /// <summary>The full path of the file.</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>What the file holds; empty when there is no file, or it is damaged, foreign or unreadable.</summary>
    public LintCacheContents Load()
    {
        byte[] bytes;
        try
        {
            if (!File.Exists(Path))
            {
                return new();
            }

            bytes = File.ReadAllBytes(Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LintCacheLog.Unreadable(logger, Path, ex.Message);
            return new();
        }

        if (bytes.Length > 0 && !bytes.AsSpan().StartsWith(Signature))
        {
            foreign = true;
            LintCacheLog.Foreign(logger, Path);
            return new();
        }

        try
        {
            var stored = JsonSerializer.Deserialize<Stored>(bytes, Json);
            if (stored is { Format: Format, Findings: { } findings, Rules: { } rules } && findings.Values.All(f => f is not null && f.All(Valid)))
            {
                return new(findings, rules);
            }
        }
        catch (JsonException)
        {
            // Damaged (a truncated copy, an edit by hand): every page is linted again and the file is replaced.
        }

        LintCacheLog.Damaged(logger, Path);
        return new();
    }

    /// <summary>Replaces the file with <paramref name="contents"/> (atomically: readers see the old file or the new one).</summary>
    public void Save(LintCacheContents contents)
    {
        if (foreign)
        {
            return;
        }

        var temporary = Path + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".tmp";
        try
        {
            if (System.IO.Path.GetDirectoryName(Path) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                JsonSerializer.Serialize(stream, new Stored(Format, contents.Findings, contents.Rules), Json);
            }

            // Checked again just before the swap: a file someone else put there since the load is still not ours to replace.
            if (File.Exists(Path) && !StartsWithSignature(Path))
            {
                foreign = true;
                File.Delete(temporary);
                LintCacheLog.Foreign(logger, Path);
                return;
            }

            File.Move(temporary, Path, overwrite: true);
            warned = false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            if (!warned)
            {
                warned = true; // once, not on every reload
                LintCacheLog.Unwritable(logger, Path, ex.Message);
            }
        }
    }

    private static bool Valid(Finding finding) =>
        finding is { File: not null, RuleId: not null, Category: not null, Message: not null, Fix: not null, Text: not null }
        && Enum.IsDefined(finding.Severity);

    private static bool StartsWithSignature(string file)
    {
        Span<byte> start = stackalloc byte[Signature.Length];
        using var stream = File.OpenRead(file);
        var read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        return read == 0 || (read == Signature.Length && start.SequenceEqual(Signature));
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left behind in a folder we cannot write to; nothing reads it.
        }
    }

    /// <summary>The file's shape: its format, then the findings by key and the rules problems by context.</summary>
    private sealed record Stored(string Format, Dictionary<string, Finding[]> Findings, Dictionary<string, string?> Rules);
}
