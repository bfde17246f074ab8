using System.Text;
using Mono.Unix.Native;

namespace Clinic.Content.FuzzTests;

/// <summary>
/// Makes fuzz cases from a seed: mutations of the fuzz site's files and of the shipped articles, pathological
/// generators (deep nesting, billion laughs, huge lines, bad encodings, unclosed constructs, wrong types) and special
/// files (links out of the root, devices, FIFOs, loops, folders where files belong). The same seed gives the same cases.
/// </summary>
internal static class FuzzCases
{
    private static readonly string[] PageTargets = ["articles/how-a-session-goes.md", "articles/new-page.md", "faq.md"];
    private static readonly string[] YamlTargets = ["references.yaml", "site.yaml"];
    private static readonly string[] AllTargets = [.. PageTargets, .. YamlTargets, "diagrams/square.svg"];
    private static readonly string[] Noise = ["[", "]", "(", ")", "{", "}", "*", "_", ">", "- ", "1. ", "`", "```", "---", ": ", "\n", "\r\n", "#", "<div>", "&", "\\", "!", "@", "[@smith2020]", "\t", "'", "\"", "|"];

    private delegate FuzzCase Generator(int number, Random random);

    private static readonly (string Name, Generator Make)[] Generators =
    [
        ("mutate-bytes", (n, r) => FuzzCase.Bytes(n, "mutate-bytes", Pick(r, AllTargets), FlipBytes(r, Seed(r, Pick(r, AllTargets))))),
        ("mutate-noise", (n, r) => Noisy(n, r)),
        ("mutate-lines", (n, r) => LinesShuffled(n, r)),
        ("truncate", (n, r) => { var t = Pick(r, AllTargets); var b = Seed(r, t); return FuzzCase.Bytes(n, "truncate", t, b[..r.Next(b.Length + 1)]); }),
        ("deep-list", (n, r) => Page(n, "deep-list", r, string.Concat(Enumerable.Range(0, r.Next(20, 1200)).Select(i => new string(' ', i * 2) + "- item\n")))),
        ("deep-ordered-list", (n, r) => Page(n, "deep-ordered-list", r, string.Concat(Enumerable.Range(0, r.Next(20, 800)).Select(i => new string(' ', i * 3) + "1. item\n")))),
        ("deep-quote", (n, r) => Page(n, "deep-quote", r, new string('>', r.Next(20, 100_000)) + " quoted\n")),
        ("unclosed-links", (n, r) => Page(n, "unclosed-links", r, new string('[', r.Next(30, 60_000)) + "\n")),
        ("nested-links", (n, r) => { var d = r.Next(10, 5000); return Page(n, "nested-links", r, new string('[', d) + "a" + string.Concat(Enumerable.Repeat("](/faq)", d)) + "\n"); }),
        ("emphasis-run", (n, r) => Page(n, "emphasis-run", r, string.Concat(Enumerable.Repeat("*a ", r.Next(100, 5000))) + "\n")),
        ("nested-html", (n, r) => Page(n, "nested-html", r, string.Concat(Enumerable.Repeat("<div>", r.Next(100, 50_000))) + "text\n")),
        ("repeated-headings", (n, r) => Page(n, "repeated-headings", r, string.Concat(Enumerable.Repeat("## Intro\n\n", r.Next(100, 3000))))),
        ("huge-line", (n, r) => Page(n, "huge-line", r, new string('a', r.Next(100_000, 900_000)) + "\n")),
        ("too-large", (n, r) => Page(n, "too-large", r, string.Concat(Enumerable.Repeat("Plain words in a long article. ", r.Next(35_000, 100_000))))),
        ("flow-yaml-front-matter", (n, r) => FuzzCase.Text(n, "flow-yaml-front-matter", Pick(r, PageTargets), "---\ntitle: " + new string('[', r.Next(33, 100_000)) + "\n---\nBody.\n")),
        ("deep-yaml-references", (n, r) => FuzzCase.Text(n, "deep-yaml-references", "references.yaml", DeepBlockYaml(r, r.Next(33, 5000)))),
        ("flow-yaml-references", (n, r) => FuzzCase.Text(n, "flow-yaml-references", Pick(r, YamlTargets), new string('[', r.Next(33, 200_000)))),
        ("billion-laughs", (n, r) => FuzzCase.Text(n, "billion-laughs", Pick(r, YamlTargets), BillionLaughs())),
        ("self-alias", (n, r) => FuzzCase.Text(n, "self-alias", Pick(r, YamlTargets), "&a [*a, *a]\n")),
        ("invalid-utf8", (n, r) => FuzzCase.Bytes(n, "invalid-utf8", Pick(r, AllTargets), Insert(r, Seed(r, "x.md"), [0xC3, 0x28, 0xFF]))),
        ("nul-bytes", (n, r) => FuzzCase.Bytes(n, "nul-bytes", Pick(r, AllTargets), Insert(r, Seed(r, "x.md"), [0]))),
        ("stray-bom", (n, r) => FuzzCase.Bytes(n, "stray-bom", Pick(r, AllTargets), Insert(r, Seed(r, "x.md"), [0xEF, 0xBB, 0xBF]))),
        ("bom-crlf", (n, r) => { var t = Pick(r, AllTargets); return FuzzCase.Bytes(n, "bom-crlf", t, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Seed(r, t)).Replace("\n", "\r\n", StringComparison.Ordinal))]); }),
        ("unclosed-front-matter", (n, r) => FuzzCase.Text(n, "unclosed-front-matter", Pick(r, PageTargets), "---\ntitle: Never closed\nsummary: x\n\nBody.\n")),
        ("unclosed-yaml", (n, r) => FuzzCase.Text(n, "unclosed-yaml", Pick(r, PageTargets), FuzzSite.Article.Replace("title: How a session goes", "title: [unclosed", StringComparison.Ordinal))),
        ("unclosed-fence", (n, r) => Page(n, "unclosed-fence", r, "```\nnever closed\n" + new string('`', r.Next(1, 2000)))),
        ("duplicate-keys", (n, r) => FuzzCase.Text(n, "duplicate-keys", Pick(r, PageTargets), FuzzSite.Article.Replace("title: How a session goes", "title: One\ntitle: Two", StringComparison.Ordinal))),
        ("wrong-types", (n, r) => FuzzCase.Text(n, "wrong-types", Pick(r, PageTargets), FuzzSite.Article.Replace("reviewed: 2026-11-01", Pick(r, ["reviewed: [a, b]", "reviewed: {x: 1}", "reviewed:", "reviewed: yes", "reviewed: 12"]), StringComparison.Ordinal))),
        ("impossible-dates", (n, r) => FuzzCase.Text(n, "impossible-dates", Pick(r, PageTargets), FuzzSite.Article.Replace("2026-11-01", Pick(r, ["2026-02-30", "2026-13-01", "0000-00-00", "99999-01-01", "2026-1-1"]), StringComparison.Ordinal))),
        ("unsafe-urls", (n, r) => FuzzCase.Text(n, "unsafe-urls", "references.yaml", FuzzSite.ReferencesYaml.Replace("https://example.org/smith2020", Pick(r, ["javascript:alert(1)", "  JaVaScRiPt:alert(1)", "data:text/html,x", "//evil.example", "vbscript:x", "java\tscript:x"]), StringComparison.Ordinal))),
        ("empty", (n, r) => FuzzCase.Bytes(n, "empty", Pick(r, AllTargets), [])),
        ("binary", (n, r) => { var b = new byte[r.Next(1, 20_000)]; r.NextBytes(b); return FuzzCase.Bytes(n, "binary", Pick(r, AllTargets), b); }),
        ("bad-file-name", (n, r) => FuzzCase.Text(n, "bad-file-name", "articles/" + Pick(r, ["HOW-A-SESSION-GOES.md", "x.MD", "Caps.Md", new string('a', 150) + ".md", "two--hyphens.md", "spaces here.md"]), FuzzSite.Article)),
        ("unsafe-svg", (n, r) => FuzzCase.Text(n, "unsafe-svg", "diagrams/square.svg", FuzzSite.Diagram.Replace("<rect", Pick(r, ["<script>alert(1)</script><rect", "<rect onload=\"x()\"", "<image href=\"https://evil.example/x.png\"/><rect", "<!DOCTYPE x [<!ENTITY a \"b\">]><rect"]), StringComparison.Ordinal))),
        ("special-file", (n, r) => Special(n, r)),
    ];

    /// <summary><paramref name="count"/> cases from <paramref name="seed"/>, cycling through every generator.</summary>
    public static IEnumerable<FuzzCase> Make(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var (_, make) = Generators[i % Generators.Length];
            yield return make(i, random);
        }
    }

    private static FuzzCase Page(int number, string name, Random random, string body) =>
        FuzzCase.Text(number, name, Pick(random, PageTargets), FuzzSite.Article + "\n" + body);

    private static FuzzCase Noisy(int number, Random random)
    {
        var target = Pick(random, AllTargets);
        var text = new StringBuilder(Encoding.UTF8.GetString(Seed(random, target)));
        for (var i = random.Next(1, 40); i > 0; i--)
        {
            text.Insert(random.Next(text.Length + 1), Pick(random, Noise));
        }

        return FuzzCase.Text(number, "mutate-noise", target, text.ToString());
    }

    private static FuzzCase LinesShuffled(int number, Random random)
    {
        var target = Pick(random, AllTargets);
        var lines = Encoding.UTF8.GetString(Seed(random, target)).Split('\n').ToList();
        for (var i = random.Next(1, 6); i > 0 && lines.Count > 0; i--)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(3))
            {
                case 0: lines.RemoveAt(at); break;
                case 1: lines.InsertRange(at, Enumerable.Repeat(lines[at], random.Next(1, 200))); break;
                default: lines[at] = new string(' ', random.Next(0, 12)) + lines[at]; break;
            }
        }

        return FuzzCase.Text(number, "mutate-lines", target, string.Join('\n', lines));
    }

    private static FuzzCase Special(int number, Random random)
    {
        var (name, target, apply) = random.Next(8) switch
        {
            0 => ("link-dev-zero", "references.yaml", (Action<string>)(root => Link(root, "references.yaml", "/dev/zero"))),
            1 => ("link-passwd-diagram", "diagrams/passwd.svg", root => Link(root, "diagrams/passwd.svg", "/etc/passwd")),
            2 => ("link-outside-article", "articles/outside.md", root => Link(root, "articles/outside.md", WriteOutside(root))),
            3 => ("link-loop-folder", "articles/loop", root => Link(root, "articles/loop", "..")),
            4 => ("link-proc-folder", "articles/proc", root => Link(root, "articles/proc", "/proc/self")),
            5 => ("fifo", "articles/pipe.md", root => Syscall.mkfifo(Path.Combine(root, "articles/pipe.md"), FilePermissions.DEFFILEMODE)),
            6 => ("link-self-loop", "articles/self.md", root => Link(root, "articles/self.md", "self.md")),
            _ => ("folder-for-file", "site.yaml", root => { File.Delete(Path.Combine(root, "site.yaml")); Directory.CreateDirectory(Path.Combine(root, "site.yaml")); }),
        };
        return new FuzzCase(number, name, target, apply);
    }

    private static void Link(string root, string relative, string target)
    {
        var path = Path.Combine(root, relative);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        File.CreateSymbolicLink(path, target);
    }

    private static string WriteOutside(string root)
    {
        var outside = Path.Combine(Path.GetDirectoryName(root)!, Path.GetFileName(root) + "-outside.md");
        File.WriteAllText(outside, FuzzSite.Article);
        return outside;
    }

    /// <summary>Nested sequences, either indented line by line (bounded, as indentation grows quadratically) or "- - - x" on one line.</summary>
    private static string DeepBlockYaml(Random random, int depth) => random.Next(2) == 0
        ? string.Concat(Enumerable.Range(0, Math.Min(depth, 700)).Select(i => new string(' ', i * 2) + "-\n")) + new string(' ', Math.Min(depth, 700) * 2) + "x\n"
        : string.Concat(Enumerable.Repeat("- ", depth)) + "x\n";

    private static string BillionLaughs()
    {
        var yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var c = 'b'; c <= 'i'; c++)
        {
            var previous = (char)(c - 1);
            yaml.Append(c).Append(": &").Append(c).Append(" [").Append(string.Join(',', Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }

        return yaml.ToString();
    }

    /// <summary>The seed text for a target: the fuzz site's own file, or now and then a shipped article.</summary>
    private static byte[] Seed(Random random, string target)
    {
        if (FuzzSite.Files.TryGetValue(target, out var own) && random.Next(4) > 0)
        {
            return Encoding.UTF8.GetBytes(own);
        }

        var shipped = Directory.GetFiles(Path.Combine(RepositoryRoot.Content, "articles"), "*.md").Order(StringComparer.Ordinal).ToArray();
        return File.ReadAllBytes(shipped[random.Next(shipped.Length)]);
    }

    private static byte[] FlipBytes(Random random, byte[] bytes)
    {
        var copy = bytes.ToArray();
        for (var i = random.Next(1, 20); i > 0 && copy.Length > 0; i--)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }

        return copy;
    }

    private static byte[] Insert(Random random, byte[] bytes, byte[] insert)
    {
        var at = random.Next(bytes.Length + 1);
        return [.. bytes[..at], .. insert, .. bytes[at..]];
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
