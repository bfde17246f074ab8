using System.Globalization;
using System.Text.Json;

namespace Clinic.Web.BrowserTests.Keyboard;

/// <summary>Where keyboard focus is after a Tab press: which control, where on the page, and how its focus is drawn.</summary>
public sealed record FocusStop(int Index, string Label, double Top, bool OnScreen, string OutlineStyle, double OutlineWidth, string BoxShadow)
{
    /// <summary>
    /// Focusable, rendered controls in document order: the order Tab must follow. checkVisibility, because the
    /// contents of a closed disclosure still have boxes (content-visibility: hidden) yet cannot take focus.
    /// </summary>
    private const string Focusables =
        "const focusables = () => Array.from(document.querySelectorAll(" +
        "'a[href], summary, button, input, select, textarea, [tabindex]:not([tabindex=\"-1\"])'))" +
        ".filter(e => e.checkVisibility({ visibilityProperty: true }));";

    public const string CountScript = "() => { " + Focusables + " return focusables().length; }";

    public const string DescribeScript = "() => { " + Focusables + @"
        const a = document.activeElement, r = a.getBoundingClientRect(), s = getComputedStyle(a);
        return { index: focusables().indexOf(a), label: (a.tagName + ' ' + (a.textContent || '').trim()).slice(0, 60),
                 top: (a.closest('tr') ?? a).getBoundingClientRect().top + window.scrollY, onScreen: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
                 outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0, boxShadow: s.boxShadow };
    }";

    /// <summary>
    /// Tolerance for controls on one line whose boxes sit a little higher (raised citation markers). In a table the
    /// row's top counts: reading order there is row by row, and a cell's last line may sit lower than the next cell's.
    /// </summary>
    private const double SameLine = 10;

    public static FocusStop From(JsonElement e) => new(
        e.GetProperty("index").GetInt32(),
        e.GetProperty("label").GetString() ?? string.Empty,
        e.GetProperty("top").GetDouble(),
        e.GetProperty("onScreen").GetBoolean(),
        e.GetProperty("outlineStyle").GetString() ?? "none",
        e.GetProperty("outlineWidth").GetDouble(),
        e.GetProperty("boxShadow").GetString() ?? "none");

    /// <summary>What is wrong with this stop as the n-th (0-based) Tab stop, or null when nothing is.</summary>
    public string? ProblemAfter(int n, FocusStop? previous)
    {
        if (Index != n)
        {
            return string.Create(CultureInfo.InvariantCulture, $"expected control #{n + 1} in document order, got #{Index + 1}");
        }

        if (!OnScreen)
        {
            return "focused control is off screen";
        }

        if ((OutlineStyle == "none" || OutlineWidth < 2) && BoxShadow == "none")
        {
            return $"no visible focus indicator (outline {OutlineStyle} {OutlineWidth}px)";
        }

        if (previous is not null && Top < previous.Top - SameLine)
        {
            return string.Create(CultureInfo.InvariantCulture, $"jumps back up the page ({Top:0} px after {previous.Top:0} px)");
        }

        return null;
    }
}
