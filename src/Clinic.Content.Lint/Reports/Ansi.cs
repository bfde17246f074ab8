using Clinic.Content.Lint.Findings;

namespace Clinic.Content.Lint.Reports;

/// <summary>ANSI colours for the text report; with colour off every method returns its text unchanged.</summary>
internal sealed class Ansi(bool enabled)
{
    private const string Reset = "\u001b[0m";

    public string Bold(string text) => Paint("\u001b[1m", text);

    public string Dim(string text) => Paint("\u001b[2m", text);

    public string Severity(FindingSeverity severity, string text) => severity switch
    {
        FindingSeverity.Error => Paint("\u001b[1;31m", text),
        FindingSeverity.Warning => Paint("\u001b[1;33m", text),
        _ => Paint("\u001b[1;36m", text),
    };

    private string Paint(string code, string text) => enabled && text.Length > 0 ? code + text + Reset : text;
}
