using System.Text;

namespace Clinic.Content.FuzzTests;

/// <summary>One hostile change to the fuzz site: which generator made it, the file it touches, and how to apply it.</summary>
internal sealed record FuzzCase(int Number, string Generator, string Target, Action<string> Apply)
{
    public override string ToString() => $"#{Number} {Generator} -> {Target}";

    /// <summary>A case that writes <paramref name="bytes"/> to <paramref name="target"/>.</summary>
    public static FuzzCase Bytes(int number, string generator, string target, byte[] bytes) =>
        new(number, generator, target, root => Write(root, target, bytes));

    /// <summary>A case that writes <paramref name="text"/> as UTF-8 to <paramref name="target"/>.</summary>
    public static FuzzCase Text(int number, string generator, string target, string text) =>
        Bytes(number, generator, target, Encoding.UTF8.GetBytes(text));

    private static void Write(string root, string target, byte[] bytes)
    {
        var path = Path.Combine(root, target);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
