namespace Clinic.Content.Lint.Reports;

/// <summary>How a report is written beyond its format: colour for a terminal, and the links SARIF carries.</summary>
/// <param name="Colour">Colour the text report with ANSI escapes (only when writing to a terminal and NO_COLOR is unset).</param>
/// <param name="Links">Where SARIF's relative file names start and where rule documentation lives.</param>
public sealed record ReportSettings(bool Colour, SarifLinks Links);
