using Site.Building;
using Site.Tests.Support;

namespace Site.Tests.Building;

/// <summary>
/// Each folder under Golden/010-diagnostics holds a broken input; expected.txt is what the build reports, with the
/// site folder shown as &lt;site&gt;. Every case must fail the build and leave the previous output alone.
/// </summary>
public sealed class DiagnosticsGoldenTests
{
    public static TheoryData<string> Cases() =>
        [.. Directory.GetDirectories(Path.Combine(Golden.ProjectFolder, "Golden/010-diagnostics")).Select(folder => Path.GetFileName(folder)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_broken_input_is_reported_and_the_previous_output_survives(string name)
    {
        using var temp = new TempFolder();
        var caseFolder = Path.Combine(Golden.ProjectFolder, "Golden/010-diagnostics", name);
        var input = temp.CopyFromRepository(Path.GetRelativePath(Repository.Root, Path.Combine(caseFolder, "input")), "input");
        var theme = temp.CopyFromRepository("theme");
        temp.Write("output/previous.html", "the last good build");

        var result = await SiteBuilder.BuildAsync(new BuildOptions { Input = input, Theme = theme, Output = temp.Combine("output") });

        var report = string.Join("\n", result.Diagnostics.Select(d => d.ToString().Replace(temp.Path, "<site>", StringComparison.Ordinal))) + "\n";
        Golden.AssertText(Path.Combine("Golden/010-diagnostics", name, "expected.txt"), report);
        Assert.False(result.Succeeded);
        Assert.Equal("the last good build", temp.Read("output/previous.html"));
        Assert.Empty(Directory.GetDirectories(temp.Path, ".output.*"));
    }
}
