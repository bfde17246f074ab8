using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Reports;

namespace Clinic.Content.Cli.Commands;

/// <summary>What one <c>clinic-content lint</c> invocation asked for, as parsed from its options.</summary>
internal sealed record LintRequest(
    string[] Paths,
    ReportFormat Format,
    FindingSeverity? FailOn,
    string? RulesFile,
    string? Today,
    bool Site,
    string? OutputFile,
    string Colour,
    string? MaxFileSize,
    bool PrintConfig);
