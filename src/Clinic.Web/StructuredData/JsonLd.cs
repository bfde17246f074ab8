using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clinic.Web.StructuredData;

/// <summary>Writes schema.org JSON-LD that is safe to place inside a <c>&lt;script type="application/ld+json"&gt;</c> element.</summary>
public static class JsonLd
{
    /// <summary>The schema.org context every block names.</summary>
    public const string Context = "https://schema.org";

    // JavaScriptEncoder.Default escapes <, >, & and quotes as \uXXXX, so content text such as "</script>"
    // or "<!--" can never end the data block early, whatever a page's title or summary says.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Default,
        WriteIndented = false,
    };

    /// <summary>The node as JSON text ready for a script data block.</summary>
    public static string Serialize(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.ToJsonString(Options);
    }

    /// <summary>A schema.org object of the given type, with <c>@context</c> when it is the top of a block.</summary>
    public static JsonObject Thing(string type, bool topLevel = false)
    {
        var thing = new JsonObject();
        if (topLevel)
        {
            thing["@context"] = Context;
        }

        thing["@type"] = type;
        return thing;
    }

    /// <summary>Sets a property only when there is a value, so blocks never carry empty strings.</summary>
    public static JsonObject With(this JsonObject thing, string property, string? value)
    {
        ArgumentNullException.ThrowIfNull(thing);
        if (!string.IsNullOrWhiteSpace(value))
        {
            thing[property] = value;
        }

        return thing;
    }
}
