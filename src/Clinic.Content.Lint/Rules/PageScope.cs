namespace Clinic.Content.Lint.Rules;

/// <summary>Which pages a required-content rule applies to.</summary>
public enum PageScope
{
    /// <summary>Every page: the site's own rendered pages and loose pages given on the command line.</summary>
    AllPages,

    /// <summary>Only pages this site serves (rendered pages, or loose pages linted with <c>--site</c>).</summary>
    SitePages,
}
