namespace Clinic.Web.Export;

/// <summary>
/// What an export did: addresses, files (variants included) and their bytes, of which files written (new or changed)
/// and left unchanged, stale files removed, links that did not answer 200, and time taken.
/// </summary>
internal sealed record ExportSummary(
    int Pages, int Files, long Bytes, int Written, int Unchanged, int Removed, IReadOnlyList<string> Broken, TimeSpan Elapsed);
