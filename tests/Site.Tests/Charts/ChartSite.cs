using System.Text.RegularExpressions;
using Site.Building;
using Site.Tests.Support;

namespace Site.Tests.Charts;

/// <summary>Builds the charts' golden input and the repository's own input once, for the tests that read their pages.</summary>
public sealed partial class ChartSite : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _temp = new();

    public BuildResult Small { get; private set; } = null!;

    public BuildResult Seed { get; private set; } = null!;

    public string SmallOutput => _temp.Combine("small");

    public string SeedOutput => _temp.Combine("seed");

    public async Task InitializeAsync()
    {
        Small = await Build(Path.Combine(Golden.ProjectFolder, "Golden", "300-charts", "input"), SmallOutput);
        Seed = await Build(Path.Combine(Repository.Root, "input"), SeedOutput);
    }

    private static Task<BuildResult> Build(string input, string output) => SiteBuilder.BuildAsync(new BuildOptions
    {
        Input = input,
        Theme = Path.Combine(Repository.Root, "theme"),
        Output = output,
    });

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();

    /// <summary>The page at a site URL ("/sora-panel/s01/").</summary>
    public static string Page(string output, string url) => File.ReadAllText(Path.Combine(output, url.Trim('/'), "index.html"));

    /// <summary>The ids of the turns on a page.</summary>
    public static HashSet<string> TurnIds(string html) => TurnId().Matches(html).Select(match => match.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>The links of the conversation strip(s) on a page, in order.</summary>
    public static List<string> StripLinks(string html) =>
        Strip().Matches(html).SelectMany(strip => SvgLink().Matches(strip.Value).Select(link => System.Net.WebUtility.HtmlDecode(link.Groups[1].Value))).ToList();

    [GeneratedRegex("<div id=\"([^\"]+)\" class=\"turn\"")]
    private static partial Regex TurnId();

    [GeneratedRegex("<svg class=\"strip\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Strip();

    [GeneratedRegex("<a href=\"([^\"]*)\" aria-label=\"[^\"]+\">")]
    private static partial Regex SvgLink();
}
