using System.Text.Json;

namespace Clinic.Bench.MlReader;

/// <summary>One sentence of a corpus page body, as written by sentences.py (positions 1-based, end exclusive).</summary>
internal sealed record CorpusSentence(
    string File, int Line, int Column, int EndLine, int EndColumn, string Text, int Label)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public bool IsClaim => Label == 1;

    /// <summary>The page number the corpus file name starts with ("07-..." is 7).</summary>
    public int PageNumber => int.Parse(File.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture);

    public static IReadOnlyList<CorpusSentence> Load(string path) =>
        System.IO.File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<CorpusSentence>(line, Json)
                ?? throw new InvalidDataException($"{path}: a line is not a sentence object"))
            .ToList();
}
