using System.Text;
using Clinic.Content.Diagnostics;
using Clinic.Content.Reading;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Mono.Unix.Native;

namespace Clinic.Content.Tests;

/// <summary>Regression tests for hostile and broken files (issues 13 and 15): each is a diagnostic, never a crash, hang or leak.</summary>
public sealed class HostileContentTests : IDisposable
{
    private readonly TestContent content = new();

    public HostileContentTests() => content.Write("articles/fine.md", TestContent.Article());

    public void Dispose() => content.Dispose();

    private (ContentSnapshot Snapshot, ContentDiagnostic Diagnostic) LoadExpecting(string code, string path)
    {
        var snapshot = content.Load();
        var diagnostic = snapshot.Diagnostics.Should().Contain(d => d.Code == code && d.Path == path,
            "all: " + string.Join(" | ", snapshot.Diagnostics)).Which;
        snapshot.Articles.Select(a => a.Slug).Should().Contain("fine", "one bad file never stops the others from loading");
        return (snapshot, diagnostic);
    }

    [Fact]
    public void Deeply_nested_yaml_in_references_is_reported_at_its_line_instead_of_overflowing_the_stack()
    {
        var path = content.Write("references.yaml", TestContent.ReferencesYaml + "\n- deep:\n" +
            string.Concat(Enumerable.Range(1, 600).Select(i => new string(' ', (i + 1) * 2) + "-\n")));

        var (snapshot, d) = LoadExpecting(DiagnosticCodes.TooDeep, path);

        d.Line.Should().BeGreaterThan(30, "the nesting starts after the three valid references");
        d.Message.Should().Contain("32 levels");
        snapshot.References.Should().BeEmpty();
    }

    [Fact]
    public void Flow_nesting_in_front_matter_is_reported_on_the_title_line()
    {
        var path = content.Write("articles/flow.md", "---\ntitle: " + new string('[', 100_000) + "\n---\nBody.\n");

        var (_, d) = LoadExpecting(DiagnosticCodes.TooDeep, path);

        d.Line.Should().Be(2);
    }

    [Fact]
    public void Billion_laughs_and_self_referencing_aliases_are_refused()
    {
        var laughs = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (var c = 'b'; c <= 'i'; c++)
        {
            laughs.Append(c).Append(": &").Append(c).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*" + (char)(c - 1), 9))).Append("]\n");
        }

        var site = content.Write("site.yaml", laughs.ToString());
        var references = content.Write("references.yaml", "&a [*a]\n");

        var snapshot = content.Load();

        snapshot.Diagnostics.Should().Contain(d => d.Path == site && d.Code == DiagnosticCodes.TooDeep && d.Message.Contains("aliases"));
        snapshot.Diagnostics.Should().Contain(d => d.Path == references && d.Code == DiagnosticCodes.TooDeep && d.Message.Contains("contains it"));
    }

    [Theory]
    [InlineData("list", 600)]
    [InlineData("quote", 10_000)]
    [InlineData("brackets", 50_000)]
    public void Deep_markdown_is_reported_at_the_line_where_it_gets_too_deep(string shape, int depth)
    {
        var body = shape switch
        {
            "list" => string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', i * 2) + "- item\n")),
            "quote" => new string('>', depth) + " deep\n",
            _ => new string('[', depth) + "\n",
        };
        var path = content.Write("articles/deep.md", TestContent.Article("Intro line.\n\n" + body));

        var (snapshot, d) = LoadExpecting(DiagnosticCodes.TooDeep, path);

        d.Line.Should().BeGreaterThan(10, "the front matter and the intro line are fine");
        snapshot.Articles.Should().NotContain(a => a.Slug == "deep");
    }

    [Fact]
    public void A_ten_megabyte_article_is_refused_for_its_size()
    {
        var path = content.Write("articles/huge.md", TestContent.Article(string.Concat(Enumerable.Repeat("Plain words in a long article. ", 340_000))));

        var (_, d) = LoadExpecting(DiagnosticCodes.TooLarge, path);

        d.Message.Should().Contain("MB").And.Contain("limit");
    }

    [Fact]
    public void The_size_limit_is_configurable()
    {
        content.Write("articles/big.md", TestContent.Article(new string('a', 4000)));

        var snapshot = ContentLoader.Load(content.Root, limits: new ContentLimits { MaxPageBytes = 2048 });

        snapshot.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.TooLarge && d.Path.EndsWith("big.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_over_its_time_budget_is_reported_and_the_rest_load()
    {
        // 20,000 headings take a few hundred milliseconds, far past a one-millisecond budget.
        var path = content.Write("articles/slow.md", TestContent.Article(string.Concat(Enumerable.Repeat("## Intro\n\n", 20_000))));

        var snapshot = ContentLoader.Load(content.Root, limits: new ContentLimits { FileTimeBudget = TimeSpan.FromMilliseconds(1) });

        snapshot.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.TooSlow && d.Path == path);
    }

    [Fact]
    public void Twenty_thousand_repeated_headings_get_unique_ids_in_linear_work()
    {
        var text = string.Concat(Enumerable.Repeat("## Intro\n\n", 20_000));

        var document = Markdig.Markdown.Parse(text, Markdown.ClinicMarkdown.Pipeline);

        // Markdig's own de-duplication retried every suffix from 1: 200 million tries, 17 to 39 seconds.
        Markdown.HeadingIdExtension.Of(document)!.Tries.Should().BeLessThanOrEqualTo(2 * 20_000);
        var ids = document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).ToList();
        ids.Should().OnlyHaveUniqueItems().And.StartWith(["intro", "intro-1", "intro-2"]).And.EndWith("intro-19999");
    }

    [Fact]
    public void Heading_ids_match_github_for_repeats_and_existing_suffixes()
    {
        var document = Markdig.Markdown.Parse("## Intro\n\n## Intro 1\n\n## Intro\n\n## Intro\n\n## \n", Markdown.ClinicMarkdown.Pipeline);

        document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id)
            .Should().Equal("intro", "intro-1", "intro-2", "intro-3", "section");
    }

    [Fact]
    public void References_linked_to_dev_zero_are_refused_without_reading()
    {
        SkipOnWindows();
        var path = Path.Combine(content.Root, "references.yaml");
        File.Delete(path);
        File.CreateSymbolicLink(path, "/dev/zero");

        LoadExpecting(DiagnosticCodes.RefusedFile, path).Diagnostic.Message.Should().Contain("outside the content folder");
    }

    [Fact]
    public void A_fifo_article_is_refused_as_not_a_regular_file()
    {
        SkipOnWindows();
        var path = Path.Combine(content.Root, "articles", "pipe.md");
        Syscall.mkfifo(path, FilePermissions.DEFFILEMODE).Should().Be(0);

        LoadExpecting(DiagnosticCodes.RefusedFile, path).Diagnostic.Message.Should().Contain("not a regular file");
    }

    [Fact]
    public void A_diagram_linked_to_etc_passwd_is_never_loaded()
    {
        SkipOnWindows();
        var path = Path.Combine(content.Root, "diagrams", "passwd.svg");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, "/etc/passwd");

        var (snapshot, _) = LoadExpecting(DiagnosticCodes.RefusedFile, path);

        snapshot.Diagrams.Should().BeEmpty();
    }

    [Fact]
    public void An_article_linked_from_outside_the_content_folder_is_not_published()
    {
        SkipOnWindows();
        var outside = Path.Combine(Path.GetDirectoryName(content.Root)!, Guid.NewGuid().ToString("N") + ".md");
        File.WriteAllText(outside, TestContent.Article());
        var path = Path.Combine(content.Root, "articles", "borrowed.md");
        File.CreateSymbolicLink(path, outside);
        try
        {
            LoadExpecting(DiagnosticCodes.RefusedFile, path).Snapshot.Articles.Should().NotContain(a => a.Slug == "borrowed");
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void Folder_links_that_loop_or_leave_the_folder_are_skipped_with_one_diagnostic_each()
    {
        SkipOnWindows();
        var loop = Path.Combine(content.Root, "articles", "loop");
        var proc = Path.Combine(content.Root, "articles", "proc");
        Directory.CreateSymbolicLink(loop, "..");
        Directory.CreateSymbolicLink(proc, "/proc/self");

        var snapshot = content.Load();

        snapshot.Diagnostics.Where(d => d.Code == DiagnosticCodes.RefusedFile).Select(d => d.Path).Should().BeEquivalentTo([loop, proc]);
        snapshot.Articles.Select(a => a.Slug).Should().Equal("fine");
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 }, "not valid UTF-8")]
    [InlineData(new byte[] { 0 }, "NUL")]
    public void Bad_bytes_are_reported_at_their_line_and_column_and_the_page_is_not_loaded(byte[] bad, string message)
    {
        var path = Path.Combine(content.Root, "articles", "bytes.md");
        var text = TestContent.Article("First line.\nSecond ");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(text), .. bad, .. "line.\n"u8]);
        var line = text.Count(c => c == '\n') + 1;

        var (snapshot, d) = LoadExpecting(DiagnosticCodes.Encoding, path);

        (d.Line, d.Column).Should().Be((line, 8));
        d.Message.Should().Contain(message);
        snapshot.Articles.Should().NotContain(a => a.Slug == "bytes");
    }

    [Fact]
    public void A_stray_byte_order_mark_is_a_warning_with_its_position_and_is_removed()
    {
        var path = Path.Combine(content.Root, "articles", "bom.md");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(TestContent.Article("Before")), 0xEF, 0xBB, 0xBF, .. "after.\n"u8]);

        var (snapshot, d) = LoadExpecting(DiagnosticCodes.Encoding, path);

        d.Severity.Should().Be(DiagnosticSeverity.Warning);
        d.Column.Should().Be(7);
        snapshot.Articles.Single(a => a.Slug == "bom").Html.Should().Contain("Beforeafter.").And.NotContain("\uFEFF");
    }

    [Fact]
    public void A_capitalised_twin_cannot_take_over_an_address_and_both_files_hear_about_it()
    {
        var real = content.Write("articles/how-it-works.md", TestContent.Article(title: "Real"));
        var twin = content.Write("articles/HOW-IT-WORKS.md", TestContent.Article(title: "Impostor"));

        var snapshot = content.Load();

        snapshot.Articles.Single(a => a.Slug == "how-it-works").Title.Should().Be("Real");
        snapshot.Diagnostics.Should().Contain(d => d.Path == twin && d.Code == DiagnosticCodes.InvalidFileName && d.Message.Contains("capital"));
        snapshot.Diagnostics.Should().Contain(d => d.Path == twin && d.Code == DiagnosticCodes.DuplicateSlug);
        snapshot.Diagnostics.Should().Contain(d => d.Path == real && d.Code == DiagnosticCodes.DuplicateSlug && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Upper_case_extensions_and_overlong_names_are_reported_not_ignored_or_listed()
    {
        var upper = content.Write("articles/shouting.MD", TestContent.Article());
        var longName = content.Write("articles/" + new string('a', 150) + ".md", TestContent.Article());

        var snapshot = content.Load();

        snapshot.Diagnostics.Should().Contain(d => d.Path == upper && d.Code == DiagnosticCodes.InvalidFileName && d.Hint.Contains("shouting.md"));
        snapshot.Diagnostics.Should().Contain(d => d.Path == longName && d.Code == DiagnosticCodes.InvalidFileName && d.Message.Contains("150 characters"));
        snapshot.Articles.Select(a => a.Slug).Should().Equal("fine");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("  JaVaScRiPt:alert(1)")]
    [InlineData("data:text/html,<b>x</b>")]
    [InlineData("java\\tscript:alert(1)")]
    public void Unsafe_reference_urls_never_reach_an_href(string url)
    {
        var path = content.Write("references.yaml", TestContent.ReferencesYaml.Replace("  doi: 10.1126/science.1190287\n", $"  url: \"{url}\"\n", StringComparison.Ordinal));
        content.Write("articles/cites.md", TestContent.Article("A claim [@li2010]."));

        var (snapshot, d) = LoadExpecting(DiagnosticCodes.UnsafeLink, path);

        var reference = snapshot.FindReference("li2010")!;
        reference.Url.Should().BeNull();
        reference.RefusedUrl.Should().NotBeNull();
        d.Line.Should().Be(6);
        snapshot.Articles.Single(a => a.Slug == "cites").Html.Should().NotContainAny("javascript", "data:");
    }

    [Fact]
    public void Protocol_relative_addresses_count_as_external()
    {
        Links.LinkPolicy.Classify("//evil.example").Should().Be(Links.LinkKind.External);
        Links.LinkPolicy.Classify("\\\\evil.example").Should().Be(Links.LinkKind.External);
        Links.LinkPolicy.Classify("/faq").Should().Be(Links.LinkKind.Site);
        Links.LinkPolicy.Classify(" javascript:x").Should().Be(Links.LinkKind.Unsafe);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script>")]
    [InlineData("<rect onclick=\"x()\"/>", "onclick")]
    [InlineData("<image href=\"https://evil.example/a.png\"/>", "points outside")]
    [InlineData("<rect style=\"fill:url(https://evil.example/x)\"/>", "outside")]
    public void Diagrams_with_script_events_or_outside_references_are_not_served(string element, string message)
    {
        var path = content.Write("diagrams/bad.svg", $"""<svg xmlns="http://www.w3.org/2000/svg"><title>T</title><desc>D</desc>{element}</svg>""");
        content.Write("diagrams/good.svg", """<svg xmlns="http://www.w3.org/2000/svg"><title>T</title><desc>D</desc><rect fill="url(#g)"/></svg>""");

        var (snapshot, d) = LoadExpecting(DiagnosticCodes.UnsafeDiagram, path);

        d.Message.Should().Contain(message);
        snapshot.Diagrams.Keys.Should().Equal("good.svg");
    }

    [Fact]
    public void A_diagram_without_a_title_or_description_is_not_served()
    {
        var path = content.Write("diagrams/mute.svg", """<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>""");

        LoadExpecting(DiagnosticCodes.UnsafeDiagram, path).Diagnostic.Message.Should().Contain("<title>");
    }

    [Fact]
    public void An_unreadable_articles_folder_is_a_diagnostic_not_a_crash()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var folder = Path.Combine(content.Root, "articles");
        File.SetUnixFileMode(folder, UnixFileMode.None);
        try
        {
            var snapshot = content.Load();
            if (Syscall.getuid() == 0)
            {
                // root reads any folder; the loader must still not crash.
                snapshot.Articles.Should().NotBeEmpty();
                return;
            }

            snapshot.Diagnostics.Should().Contain(d => d.Path == folder && d.Code == DiagnosticCodes.RefusedFile);
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static void SkipOnWindows()
    {
        if (OperatingSystem.IsWindows())
        {
            throw new InvalidOperationException("Symbolic links, FIFOs and /dev need a Unix system; this suite runs on Linux.");
        }
    }
}
