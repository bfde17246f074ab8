using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NJsonSchema;

namespace Clinic.Content.Cli.Tests;

/// <summary>
/// Issue 13: a 50 MB lint input. Refused unread at the default limit; with the limit raised, linted within the finding
/// caps with a valid report. Its peak memory (under 500 MB) is measured by bench/lint-memory.sh, which CI runs.
/// </summary>
public sealed class HugeInputTests : IDisposable
{
    private const long FiftyMegabytes = 50L * 1024 * 1024;
    private readonly string folder = Path.Combine(Path.GetTempPath(), "clinic-huge-input", Guid.NewGuid().ToString("N"));

    public HugeInputTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_fifty_megabyte_text_file_with_the_limit_raised_is_linted_within_the_caps_as_valid_sarif()
    {
        var (huge, claims) = WriteFiftyMegabytes();
        var sarifPath = Path.Combine(folder, "huge.sarif");

        var (exit, _, error) = Lint(huge, "--max-file-size", "64MB", "--format", "sarif", "--output", sarifPath);

        (exit, error).Should().Be((1, string.Empty), "the claims are errors, and nothing went wrong");
        var sarif = await File.ReadAllTextAsync(sarifPath);
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"));
        schema.Validate(sarif).Should().BeEmpty();
        using var document = JsonDocument.Parse(sarif);
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var messages = results.Select(r => r.GetProperty("message").GetProperty("text").GetString()!).ToList();
        results.Count.Should().Be(1001, "1,000 findings and the closing count");
        var capped = messages.Should().ContainSingle(m => m.StartsWith("1,000 findings shown; ", StringComparison.Ordinal)).Which;
        var more = int.Parse(Regex.Match(capped, @"^1,000 findings shown; ([\d,]+) more in this file\.").Groups[1].Value,
            System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
        (1000 + more).Should().BeGreaterThanOrEqualTo(claims, "every claim line of the file was judged and counted");
    }

    [Fact]
    public void At_the_default_limit_a_fifty_megabyte_file_is_refused_unread_with_the_option_to_raise_it()
    {
        var (exit, output, _) = Lint(WriteFiftyMegabytes().Path);

        exit.Should().Be(1);
        output.Should().Contain("CC014").And.Contain("50 MB").And.Contain("--max-file-size");
    }

    [Fact]
    public void An_endless_device_is_refused_in_the_text_report_without_being_read_to_quote_a_line()
    {
        var (exit, output, error) = Lint("/dev/zero");

        (exit, error).Should().Be((1, string.Empty), "the refusal is an error finding, and nothing crashed");
        output.Should().Contain("/dev/zero:1:1:").And.Contain("not a regular file");
    }

    [Fact]
    public void A_size_that_is_not_a_size_is_a_usage_error()
    {
        var (exit, _, error) = Lint(WriteFile("small.txt", "Plain words."), "--max-file-size", "lots");

        exit.Should().Be(2);
        error.Should().Contain("--max-file-size 'lots' is not a size such as 64MB");
    }

    /// <summary>Prose, with a cure claim every twentieth line: about 42,000 claims, far over the cap of 1,000.</summary>
    private (string Path, int Claims) WriteFiftyMegabytes()
    {
        var claims = 0;
        var path = Path.Combine(folder, "huge.txt");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        var line = 0;
        for (long written = 0; written < FiftyMegabytes; line++)
        {
            var claim = line % 20 == 0;
            claims += claim ? 1 : 0;
            var text = claim ? "Ketamine cures depression in one session.\n" : "The clinic is open on weekdays and the staff answer the phone.\n";
            writer.Write(text);
            written += text.Length;
        }

        return (path, claims);
    }

    private string WriteFile(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static CliRun Lint(params string[] args) => CliRun.Of(["lint", .. args, "--today", "2026-12-01"]);
}
