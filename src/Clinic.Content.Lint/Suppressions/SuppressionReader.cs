using System.Text.RegularExpressions;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Text;

namespace Clinic.Content.Lint.Suppressions;

/// <summary>Reads <c>&lt;!-- claim-lint ... --&gt;</c> comments from a file's raw text (Markdown and HTML alike).</summary>
internal static partial class SuppressionReader
{
    /// <summary>Problems with the comments themselves (no rule id, no reason, unknown rule, unmatched enable).</summary>
    public sealed record Problem(SourceRange Span, string Message, string Text);

    /// <summary>The suppression comments in <paramref name="source"/>, and problems with any that are malformed or name unknown rules.</summary>
    public static (IReadOnlyList<Suppression> Suppressions, IReadOnlyList<Problem> Problems) Read(SourceText source, Func<string, bool> ruleExists)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(ruleExists);
        var suppressions = new List<Suppression>();
        var problems = new List<Problem>();
        var open = new Dictionary<string, (int Line, int Column, string Reason, string Text)>(StringComparer.OrdinalIgnoreCase);
        var content = source.Content;
        if (!content.Contains("claim-lint", StringComparison.Ordinal))
        {
            return (suppressions, problems);
        }

        foreach (Match comment in Comment().Matches(content))
        {
            var span = source.SpanOf(comment.Index, comment.Index + comment.Length);
            var verb = comment.Groups["verb"].Value;
            var ids = RuleIds().Matches(comment.Groups["ids"].Value).Select(m => m.Value.ToUpperInvariant()).ToList();
            var reason = comment.Groups["reason"].Value.Trim();
            if (ids.Count == 0)
            {
                problems.Add(new Problem(span, $"The claim-lint {verb} comment names no rule; write the rule id, e.g. 'claim-lint {verb} CL001: reason'.", comment.Value));
                continue;
            }

            foreach (var unknown in ids.Where(id => !ruleExists(id)))
            {
                problems.Add(new Problem(span, $"The claim-lint comment names the unknown rule {unknown}.", comment.Value));
            }

            if (verb != "enable" && reason.Length == 0)
            {
                problems.Add(new Problem(span, $"The claim-lint {verb} comment for {string.Join(", ", ids)} gives no reason; every exception must say why.", comment.Value));
            }

            switch (verb)
            {
                case "disable-next-line":
                    var target = NextTextLine(source, span.EndLine);
                    suppressions.Add(new Suppression(source.Path, span.Line, span.Column, ids, reason, target, target, verb));
                    break;
                case "disable":
                    foreach (var id in ids)
                    {
                        open[id] = (span.Line, span.Column, reason, comment.Value);
                    }

                    break;
                default:
                    foreach (var id in ids)
                    {
                        if (open.Remove(id, out var start))
                        {
                            suppressions.Add(new Suppression(source.Path, start.Line, start.Column, [id], start.Reason, start.Line, span.Line, "disable"));
                        }
                        else
                        {
                            problems.Add(new Problem(span, $"'claim-lint enable {id}' has no matching 'disable {id}' above it.", comment.Value));
                        }
                    }

                    break;
            }
        }

        // A disable without its enable lasts to the end of the file, which the summary makes visible.
        foreach (var (id, start) in open)
        {
            suppressions.Add(new Suppression(source.Path, start.Line, start.Column, [id], start.Reason, start.Line, source.LineCount, "disable"));
        }

        return (suppressions.OrderBy(s => s.Line).ToList(), problems);
    }

    private static int NextTextLine(SourceText source, int afterLine)
    {
        var line = afterLine + 1;
        while (line < source.LineCount && string.IsNullOrWhiteSpace(source.LineText(line)))
        {
            line++;
        }

        return line;
    }

    [GeneratedRegex(@"<!--\s*claim-lint\s+(?<verb>disable-next-line|disable|enable)\b(?<ids>[\sA-Za-z0-9,]*?)(?::(?<reason>.*?))?\s*-->",
        RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\b[A-Za-z]{2}[0-9]{3}\b", RegexOptions.CultureInvariant)]
    private static partial Regex RuleIds();
}
