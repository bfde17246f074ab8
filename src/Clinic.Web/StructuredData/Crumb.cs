namespace Clinic.Web.StructuredData;

/// <summary>One step of a page's breadcrumb trail (Home › Articles › Title).</summary>
public sealed record Crumb(string Name, string Path);
