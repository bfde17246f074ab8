namespace Clinic.Web.Export;

/// <summary>What an export wrote: addresses, files (variants included), bytes, links that did not answer 200, and time taken.</summary>
internal sealed record ExportSummary(int Pages, int Files, long Bytes, IReadOnlyList<string> Broken, TimeSpan Elapsed);
