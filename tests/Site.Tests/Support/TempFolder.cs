using Site.Building;
using Site.Search;

namespace Site.Tests.Support;

/// <summary>A folder under the system temp folder, deleted when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "site-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Writes a text file (LF, UTF-8) below the folder, creating folders on the way.</summary>
    public string Write(string relative, string text)
    {
        var full = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return full;
    }

    public string Read(string relative) => File.ReadAllText(Combine(relative));

    /// <summary>Copies a folder of the repository (e.g. <c>theme</c>) into this folder.</summary>
    public string CopyFromRepository(string repositoryFolder, string? as_ = null)
    {
        var source = System.IO.Path.Combine(Repository.Root, repositoryFolder);
        var target = Combine(as_ ?? repositoryFolder);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    /// <summary>Builds <c>input/</c> of this folder with the repository's theme into <c>output/</c>.</summary>
    public Task<BuildResult> BuildAsync(SearchOptions? search = null) =>
        SiteBuilder.BuildAsync(new BuildOptions
        {
            Input = Combine("input"),
            Theme = System.IO.Path.Combine(Repository.Root, "theme"),
            Output = Combine("output"),
            Search = search,
        });

    /// <summary><see cref="BuildAsync"/>, for tests whose build must succeed (its diagnostics are the failure message).</summary>
    public async Task<BuildResult> BuildSucceededAsync()
    {
        var result = await BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Where the repository is, for tests that build its own input/ and theme/.</summary>
public static class Repository
{
    public static string Root { get; } = System.IO.Path.GetFullPath(System.IO.Path.Combine(Golden.ProjectFolder, "..", ".."));
}
