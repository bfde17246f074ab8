using Clinic.Content;
using Clinic.Content.Workspace;

namespace Clinic.Web.ContentHosting;

/// <summary>The claim linter as the site runs it on each snapshot; an interface so that tests can make it fail and see the site fail closed.</summary>
internal interface IContentLint
{
    /// <summary>Lints <paramref name="snapshot"/>; an implementation may reuse the findings of pages whose inputs did not change.</summary>
    ContentFindings Run(ContentSnapshot snapshot);

    /// <summary>Starts what the first <see cref="Run"/> will need while the content of <paramref name="workspace"/> loads.</summary>
    void Prepare(ContentWorkspace workspace)
    {
    }
}
