namespace Clinic.Content.Diagrams;

/// <summary>An SVG diagram from content/diagrams/, held in memory and served at <c>/diagrams/{Name}</c>.</summary>
/// <param name="Name">The file name, e.g. <c>ketamine-cascade.svg</c>.</param>
/// <param name="Svg">The file's bytes.</param>
/// <param name="LastModified">When the file last changed.</param>
public sealed record Diagram(string Name, ReadOnlyMemory<byte> Svg, DateTimeOffset LastModified);
