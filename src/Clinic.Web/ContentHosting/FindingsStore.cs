using System.Runtime.CompilerServices;
using Clinic.Content;

namespace Clinic.Web.ContentHosting;

/// <summary>Keeps each snapshot's lint findings with that snapshot, so a page always shows the findings of the content it renders.</summary>
internal sealed class FindingsStore
{
    // Weak keys: findings go when their snapshot is no longer served or read by any request.
    private readonly ConditionalWeakTable<ContentSnapshot, ContentFindings> table = new();

    public void Attach(ContentSnapshot snapshot, ContentFindings findings) => table.AddOrUpdate(snapshot, findings);

    public ContentFindings Of(ContentSnapshot snapshot) => table.TryGetValue(snapshot, out var findings) ? findings : ContentFindings.None;
}
