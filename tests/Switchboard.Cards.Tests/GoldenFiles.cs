using System.Runtime.CompilerServices;

namespace Switchboard.Cards.Tests;

/// <summary>
/// Compares a card with its committed file under <c>Golden/</c>. Set <c>SWITCHBOARD_UPDATE_GOLDEN=1</c> to write the
/// files instead (then review the diff and commit it): a change to a card is always a visible, deliberate change.
/// The same files are what <c>tools/card-validator</c> feeds to Microsoft's renderer.
/// </summary>
internal static class GoldenFiles
{
    public const string UpdateVariable = "SWITCHBOARD_UPDATE_GOLDEN";

    public static string Directory { get; } = Path.Combine(SourceDirectory(), "Golden");

    private static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static void AssertMatches(string name, string actualJson)
    {
        var path = Path.Combine(Directory, name + ".json");
        var actual = actualJson.ReplaceLineEndings("\n") + "\n";
        if (Updating)
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No golden file {path}. Run the tests with {UpdateVariable}=1 to write it, then review and commit it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(
            expected == actual,
            $"{name} differs from {path}. If the change is intended, run the tests with {UpdateVariable}=1, review the diff and commit it.\n"
            + $"First difference at character {FirstDifference(expected, actual)}.");
    }

    /// <summary>Fails on files that no test writes; when updating, deletes them instead.</summary>
    public static void AssertNone(IEnumerable<string> stalePaths)
    {
        var stale = stalePaths.ToArray();
        if (Updating)
        {
            foreach (var path in stale)
            {
                File.Delete(path);
            }

            return;
        }

        Assert.True(stale.Length == 0, $"Golden files no test writes: {string.Join(", ", stale)}. Run the tests with {UpdateVariable}=1 to remove them.");
    }

    private static int FirstDifference(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return length;
    }

    // The folder of this source file: the golden files are part of the source tree, not of the build output.
    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
