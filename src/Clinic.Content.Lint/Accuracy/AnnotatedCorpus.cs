namespace Clinic.Content.Lint.Accuracy;

/// <summary>
/// An annotated corpus in the lint-corpus layout: pages/NN-name.txt (line 1 "source: URL", line 2 "kind: promo" or
/// "kind: reference", the body from line 3), annotations.tsv (file, quote, category, note; quote "-" for a page-level
/// missing disclaimer) and hard_negatives.tsv (file, quote, reason).
/// </summary>
public sealed class AnnotatedCorpus
{
    private AnnotatedCorpus(IReadOnlyDictionary<string, AnnotatedPage> pages, IReadOnlyList<AnnotatedSpan> claims, IReadOnlyList<AnnotatedSpan> hardNegatives)
    {
        Pages = pages;
        Claims = claims;
        HardNegatives = hardNegatives;
    }

    /// <summary>The pages by file name.</summary>
    public IReadOnlyDictionary<string, AnnotatedPage> Pages { get; }

    /// <summary>The annotation rows: claims and page-level missing-disclaimer rows.</summary>
    public IReadOnlyList<AnnotatedSpan> Claims { get; }

    /// <summary>Sentences that look like claims but are fine; a finding on one is a false alarm.</summary>
    public IReadOnlyList<AnnotatedSpan> HardNegatives { get; }

    /// <summary>Reads the corpus in <paramref name="folder"/>; a missing file or a row naming an unknown page is an <see cref="InvalidDataException"/> naming the file and line.</summary>
    public static AnnotatedCorpus Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var pagesFolder = Path.Combine(folder, "pages");
        if (!Directory.Exists(pagesFolder))
        {
            throw new InvalidDataException($"{folder}: no 'pages' folder; an annotated corpus has pages/, annotations.tsv and hard_negatives.tsv (see ../shared/lint-corpus/README.md)");
        }

        var pages = new SortedDictionary<string, AnnotatedPage>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(pagesFolder, "*.txt"))
        {
            var parts = File.ReadAllText(file).Split('\n', 3);
            var kind = parts.Length > 1 && parts[1].StartsWith("kind: ", StringComparison.Ordinal) ? parts[1]["kind: ".Length..] : string.Empty;
            pages[Path.GetFileName(file)] = new AnnotatedPage(Path.GetFileName(file), kind, parts.Length > 2 ? parts[2] : string.Empty);
        }

        var bounds = pages.ToDictionary(p => p.Key, p => CorpusSentences.Boundaries(p.Value.Body), StringComparer.Ordinal);
        AnnotatedSpan Locate(string path, int line, string[] row, string category)
        {
            if (!pages.TryGetValue(row[0], out var page))
            {
                throw new InvalidDataException($"{path}:{line}: page '{row[0]}' is not in pages/");
            }

            var start = row[1] == "-" ? -1 : page.Body.IndexOf(row[1], StringComparison.Ordinal);
            var (sentenceStart, sentenceEnd) = start < 0 ? (-1, -1) : CorpusSentences.Around(page.Body, bounds[row[0]], start, start + row[1].Length);
            return new AnnotatedSpan(row[0], row[1], category, start, start < 0 ? -1 : start + row[1].Length, sentenceStart, sentenceEnd);
        }

        var claims = Rows(Path.Combine(folder, "annotations.tsv"), 3).Select(r => Locate(r.Path, r.Line, r.Cells, r.Cells[2])).ToList();
        var negatives = Rows(Path.Combine(folder, "hard_negatives.tsv"), 2).Select(r => Locate(r.Path, r.Line, r.Cells, string.Empty)).ToList();
        return new AnnotatedCorpus(pages, claims, negatives);
    }

    // Tab-separated, unquoted, with a header row; blank lines are skipped.
    private static IEnumerable<(string Path, int Line, string[] Cells)> Rows(string path, int columns)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: not found; an annotated corpus has pages/, annotations.tsv and hard_negatives.tsv");
        }

        var lines = File.ReadAllText(path).Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            yield return cells.Length >= columns
                ? (path, i + 1, cells)
                : throw new InvalidDataException($"{path}:{i + 1}: expected {columns} tab-separated columns, found {cells.Length}");
        }
    }
}
