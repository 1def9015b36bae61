using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Site.Tests.Support;

namespace Site.Tests.Standalone;

/// <summary>
/// The tool as a user gets it: packed with <c>dotnet pack</c> and installed with <c>dotnet tool install</c> from the
/// package folder alone (no network), once for every test of the run: packing takes 10 s to a minute.
/// </summary>
public sealed class InstalledTool
{
    private static readonly Lazy<Task<InstalledTool>> Shared = new(InstallAsync);

    private InstalledTool(string root, string package, string program)
    {
        Root = root;
        Package = package;
        Program = program;
    }

    /// <summary>A folder under the system temp folder, outside the repository, holding the package and the tool.</summary>
    public string Root { get; }

    /// <summary>The .nupkg that <c>dotnet pack</c> wrote.</summary>
    public string Package { get; }

    /// <summary>The <c>site</c> command that <c>dotnet tool install --tool-path</c> wrote.</summary>
    public string Program { get; }

    public static Task<InstalledTool> GetAsync() => Shared.Value;

    /// <summary>The version of Directory.Build.props, the one place it is set.</summary>
    public static string ExpectedVersion() =>
        Regex.Match(File.ReadAllText(Path.Combine(Repository.Root, "Directory.Build.props")), "<Version>([^<]+)</Version>").Groups[1].Value;

    /// <summary>The version of pagefind that the repository's lock file pins.</summary>
    public static string PinnedPagefind()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "package-lock.json")));
        return document.RootElement.GetProperty("packages").GetProperty("node_modules/pagefind").GetProperty("version").GetString()!;
    }

    private static async Task<InstalledTool> InstallAsync()
    {
        // Best effort at exit (the test host may not wait for it), so earlier runs' leftovers are removed here.
        foreach (var stale in Directory.GetDirectories(Path.GetTempPath(), "site-tool-*").Where(folder => Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddHours(-2)))
        {
            Delete(stale);
        }

        var root = Path.Combine(Path.GetTempPath(), "site-tool-" + Guid.NewGuid().ToString("N")[..12]);
        var packages = Path.Combine(root, "packages");
        var tools = Path.Combine(root, "tools");
        Directory.CreateDirectory(packages);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete(root);
        var clock = Stopwatch.StartNew();
        await MustAsync("dotnet", ["pack", Path.Combine(Repository.Root, "src", "Site.Cli"), "-c", "Release", "-o", packages, "--nologo"]);
        var packed = clock.Elapsed;

        // Only the package folder as a source: the install must not need nuget.org.
        var config = Path.Combine(root, "nuget.config");
        await File.WriteAllTextAsync(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        await MustAsync("dotnet", ["tool", "install", "TranscriptSite", "--tool-path", tools, "--configfile", config]);
        Console.WriteLine($"InstalledTool: packed in {packed.TotalSeconds:0.0} s, installed in {(clock.Elapsed - packed).TotalSeconds:0.0} s");

        var package = Directory.GetFiles(packages, "*.nupkg").Single();
        return new InstalledTool(root, package, Path.Combine(tools, OperatingSystem.IsWindows() ? "site.exe" : "site"));
    }

    private static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static async Task MustAsync(string program, string[] arguments)
    {
        var (exit, output) = await ProcessRunner.RunAsync(program, arguments);
        Assert.True(exit == 0, $"{program} {string.Join(' ', arguments)} exited with {exit}:\n{output}");
    }

    /// <summary>
    /// Runs the installed tool in <paramref name="folder"/> as a user with a home of its own (<paramref name="home"/>,
    /// whose <c>.cache</c> is the cache); <paramref name="environment"/> sets more variables (PATH, SITE_CACHE).
    /// </summary>
    public async Task<(int ExitCode, string Output)> RunAsync(string folder, string home, string[] arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(Program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HOME"] = home;
        start.Environment["XDG_CACHE_HOME"] = Path.Combine(home, ".cache");
        start.Environment.Remove("SITE_CACHE");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
