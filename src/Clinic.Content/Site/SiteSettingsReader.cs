using System.Text.RegularExpressions;
using Clinic.Content.Diagnostics;
using Clinic.Content.Reading;
using Clinic.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace Clinic.Content.Site;

/// <summary>Reads content/site.yaml; anything missing falls back to <see cref="SiteSettings.Fallback"/>.</summary>
internal static partial class SiteSettingsReader
{
    private static readonly string[] KnownFields =
        ["name", "tagline", "base-url", "language", "disclaimer", "crisis", "contact", "reviewers"];

    private static readonly string[] ContactFields = ["phone", "email", "address", "hours"];

    private static readonly string[] ReviewerFields = ["name", "credentials", "role", "profile"];

    public static SiteSettings Read(string text, DiagnosticBag bag, ContentLimits limits)
    {
        var root = YamlText.Parse(text, firstLine: 1, bag, limits);
        if (root is not YamlMappingNode mapping)
        {
            if (root is null && !bag.HasErrors)
            {
                bag.Error(SourcePosition.Start, DiagnosticCodes.MissingField,
                    "site.yaml is empty, so the site shows its built-in name, disclaimer and crisis notice.",
                    "Write the settings, one per line: name, base-url, disclaimer, crisis (docs/content-format.md shows them).");
            }
            else if (root is not null)
            {
                bag.Error(SourcePosition.Start, DiagnosticCodes.InvalidField,
                    "site.yaml must be a list of 'field: value' lines.", "Write one setting per line, e.g. `name: Northfield Ketamine Clinic`.");
            }

            return SiteSettings.Fallback;
        }

        var fields = new YamlFields(mapping, 1, bag, SourcePosition.Start);
        fields.WarnUnknown(KnownFields);
        var fallback = SiteSettings.Fallback;
        var contact = fields.Section("contact");
        contact?.WarnUnknown(ContactFields);
        return new SiteSettings
        {
            Name = fields.Text("name", required: true, "Northfield Ketamine Clinic") ?? fallback.Name,
            Tagline = fields.Text("tagline", required: false, "The science of ketamine therapy"),
            BaseUrl = ReadBaseUrl(fields, bag) ?? fallback.BaseUrl,
            Language = fields.Text("language", required: false, "en-US") ?? fallback.Language,
            Disclaimer = fields.Text("disclaimer", required: true, "This site is not medical advice...") ?? fallback.Disclaimer,
            Crisis = fields.Text("crisis", required: true, "Call or text 988...") ?? fallback.Crisis,
            Contact = contact is null
                ? fallback.Contact
                : new ContactDetails(
                    contact.Text("phone", false, "(555) 010-0142"),
                    ReadEmail(contact),
                    contact.Text("address", false, "120 Harbor Street"),
                    contact.Text("hours", false, "Monday to Friday, 8 am to 5 pm")),
            Reviewers = ReadReviewers(fields),
        };
    }

    private static List<Reviewer> ReadReviewers(YamlFields fields)
    {
        var reviewers = new List<Reviewer>();
        foreach (var entry in fields.SectionList("reviewers", "- name: Dr Jane Doe"))
        {
            entry.WarnUnknown(ReviewerFields);
            var name = entry.Text("name", required: true, "Dr Jane Doe");
            var credentials = entry.Text("credentials", required: true, "MD, board-certified psychiatrist");
            var profile = entry.Text("profile", required: true, "What they do at the clinic and why they review these pages.");
            if (name is not null && credentials is not null && profile is not null)
            {
                reviewers.Add(new Reviewer(name, credentials, entry.Text("role", required: false, "Medical director"), profile));
            }
        }

        return reviewers;
    }

    /// <summary>The contact address, which the layout links as mailto:; anything that is not a plain address is dropped.</summary>
    private static string? ReadEmail(YamlFields contact)
    {
        var email = contact.Text("email", false, "hello@example.org");
        if (email is null || EmailPattern().IsMatch(email))
        {
            return email;
        }

        contact.Warn("email", DiagnosticCodes.UnsafeLink, $"'{email}' is not a plain e-mail address, so it is not shown.",
            "Write only the address, for example `email: hello@example.org`.");
        return null;
    }

    private static Uri? ReadBaseUrl(YamlFields fields, DiagnosticBag bag)
    {
        var text = fields.Text("base-url", required: true, "https://science.example.org");
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var url)
            && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            return url;
        }

        bag.Error(fields.PositionOf("base-url")!.Value, DiagnosticCodes.InvalidField,
            $"'{text}' is not a web address.", "Write the full address, e.g. `base-url: https://science.example.org`.");
        return null;
    }

    [GeneratedRegex(@"^[^@\s<>""'?&:/\\]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
