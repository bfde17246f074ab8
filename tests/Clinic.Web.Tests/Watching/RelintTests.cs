using Clinic.Content;
using Clinic.Web.ContentHosting;

namespace Clinic.Web.Tests.Watching;

/// <summary>
/// Production lints only the pages whose text changed between full runs; a change anywhere else (the library, the
/// glossary, a diagram, a file that is not a page) must judge everything again, so no finding goes stale.
/// </summary>
public sealed class RelintTests : IDisposable
{
    private readonly TempContent content = TempContent.Minimal();
    private readonly ContentLint lint = new(TimeProvider.System, new ContentOptions(), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);

    public RelintTests() => content.WriteArticle("how-it-works", TempContent.ArticleText("In one small trial some patients felt better within a day [@berman2000]."));

    public void Dispose() => content.Dispose();

    [Theory]
    [InlineData("references.yaml", "- key: fda2019\n  authors: US Food and Drug Administration\n  title: A notice\n  publisher: FDA\n  year: 2019\n  kind: regulatory notice\n", "articles/how-it-works.md", "CL090")]
    [InlineData("glossary.yaml", "- term: Remission\n  definition: Ketamine cures depression in just a few sessions.\n", "glossary.yaml", "CL001")]
    [InlineData("diagrams/cascade.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>A</title><desc>B</desc><script>alert(1)</script></svg>", "diagrams/cascade.svg", "CC018")]
    [InlineData("articles/notes.md", "Ketamine cures depression in just a few sessions.\n", "articles/notes.md", "CL001")]
    public void A_change_to_a_file_that_is_not_a_page_is_judged_at_the_next_reload(string file, string text, string judged, string ruleId)
    {
        lint.Run(ContentLoader.Load(content.Root)).All
            .Should().NotContain(f => f.Finding.RuleId == ruleId, "the folder starts clean of the problem");

        content.Write(file, text);
        var found = lint.Run(ContentLoader.Load(content.Root));

        found.All.Should().Contain(f => f.Path == content.PathOf(judged) && f.Finding.RuleId == ruleId,
            $"a change to {file} is judged although no page's text changed");
    }
}
