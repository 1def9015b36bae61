using System.Text;

namespace Site.Tests.Support;

/// <summary>
/// Golden files: the expected output lives in the repository. Set <c>SITE_UPDATE_GOLDEN=1</c> to rewrite the
/// expected files from what the code produces now (then review the diff before committing).
/// </summary>
public static class Golden
{
    public static bool Updating => Environment.GetEnvironmentVariable("SITE_UPDATE_GOLDEN") == "1";

    /// <summary>The source folder of the test project (expected files are edited there, not in bin/).</summary>
    public static string ProjectFolder { get; } = FindProjectFolder();

    public static void AssertText(string expectedPath, string actual)
    {
        var full = Path.Combine(ProjectFolder, expectedPath);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, actual, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(full), $"missing golden file {expectedPath}; run the tests with SITE_UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(full).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, actual);
    }

    /// <summary>
    /// Compares a whole output folder with an expected folder: same file list, same bytes. The theme's assets
    /// (<c>assets/</c>, copied byte for byte) are left out: a snapshot of them would only repeat the theme.
    /// </summary>
    public static void AssertFolder(string expectedFolder, string actualFolder)
    {
        var full = Path.Combine(ProjectFolder, expectedFolder);
        var actualFiles = ListFiles(actualFolder).Where(file => !file.StartsWith("assets/", StringComparison.Ordinal)).ToList();
        if (Updating)
        {
            if (Directory.Exists(full))
            {
                Directory.Delete(full, recursive: true);
            }

            foreach (var file in actualFiles)
            {
                var target = Path.Combine(full, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(actualFolder, file), target);
            }

            return;
        }

        Assert.True(Directory.Exists(full), $"missing golden folder {expectedFolder}; run the tests with SITE_UPDATE_GOLDEN=1 to create it");
        Assert.Equal(string.Join("\n", ListFiles(full)), string.Join("\n", actualFiles));
        foreach (var file in actualFiles)
        {
            var expected = File.ReadAllText(Path.Combine(full, file)).Replace("\r\n", "\n", StringComparison.Ordinal);
            var actual = File.ReadAllText(Path.Combine(actualFolder, file));
            Assert.True(expected == actual, $"{file} differs from {expectedFolder}/{file}\n{FirstDifference(expected, actual)}");
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (e != a)
            {
                return $"line {i + 1}:\n  expected: {e}\n  actual:   {a}";
            }
        }

        return string.Empty;
    }

    private static List<string> ListFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string FindProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Site.Tests.csproj")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("cannot find the Site.Tests project folder");
    }
}
