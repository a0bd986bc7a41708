using DecodingChoices.Toolkit.Tests.Data;

namespace DecodingChoices.Runner.Tests;

/// <summary>Text files in a <see cref="TemporaryFolder"/> (shared with the toolkit's tests).</summary>
internal static class TemporaryFolderText
{
    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> (creating its folders); returns the full path.</summary>
    public static string Write(this TemporaryFolder folder, string name, string text)
    {
        var path = folder.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
