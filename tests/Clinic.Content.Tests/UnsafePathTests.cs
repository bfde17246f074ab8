using System.Text;
using Clinic.Content.Diagnostics;
using Mono.Unix.Native;

namespace Clinic.Content.Tests;

/// <summary>Regression tests for hostile paths and bytes (issues 13 and 15): links out of the root, devices, FIFOs, loops, bad encodings and file names are diagnostics, never a read.</summary>
public sealed class UnsafePathTests : IDisposable
{
    private readonly TempContent content = TempContent.Minimal();

    public UnsafePathTests() => content.Write("articles/fine.md", TempContent.ArticleText());

    public void Dispose() => content.Dispose();

    private (ContentSnapshot Snapshot, ContentDiagnostic Diagnostic) LoadExpecting(string code, string path) => content.LoadExpecting(code, path);

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
        File.WriteAllText(outside, TempContent.ArticleText());
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
        var text = TempContent.ArticleText("First line.\nSecond ");
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
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(TempContent.ArticleText("Before")), 0xEF, 0xBB, 0xBF, .. "after.\n"u8]);

        var (snapshot, d) = LoadExpecting(DiagnosticCodes.Encoding, path);

        d.Severity.Should().Be(DiagnosticSeverity.Warning);
        d.Column.Should().Be(7);
        snapshot.Articles.Single(a => a.Slug == "bom").Html.Should().Contain("Beforeafter.").And.NotContain("\uFEFF");
    }

    [Fact]
    public void A_capitalised_twin_cannot_take_over_an_address_and_both_files_hear_about_it()
    {
        var real = content.Write("articles/how-it-works.md", TempContent.ArticleText(title: "Real"));
        var twin = content.Write("articles/HOW-IT-WORKS.md", TempContent.ArticleText(title: "Impostor"));

        var snapshot = content.Load();

        snapshot.Articles.Single(a => a.Slug == "how-it-works").Title.Should().Be("Real");
        snapshot.Diagnostics.Should().Contain(d => d.Path == twin && d.Code == DiagnosticCodes.InvalidFileName && d.Message.Contains("capital"));
        snapshot.Diagnostics.Should().Contain(d => d.Path == twin && d.Code == DiagnosticCodes.DuplicateSlug);
        snapshot.Diagnostics.Should().Contain(d => d.Path == real && d.Code == DiagnosticCodes.DuplicateSlug && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Upper_case_extensions_and_overlong_names_are_reported_not_ignored_or_listed()
    {
        var upper = content.Write("articles/shouting.MD", TempContent.ArticleText());
        var longName = content.Write("articles/" + new string('a', 150) + ".md", TempContent.ArticleText());

        var snapshot = content.Load();

        snapshot.Diagnostics.Should().Contain(d => d.Path == upper && d.Code == DiagnosticCodes.InvalidFileName && d.Hint.Contains("shouting.md"));
        snapshot.Diagnostics.Should().Contain(d => d.Path == longName && d.Code == DiagnosticCodes.InvalidFileName && d.Message.Contains("150 characters"));
        snapshot.Articles.Select(a => a.Slug).Should().Equal("fine");
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
