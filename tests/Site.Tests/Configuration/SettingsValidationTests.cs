using Site.Configuration;
using Site.Diagnostics;
using Site.Tests.Support;

namespace Site.Tests.Configuration;

public sealed class SettingsValidationTests
{
    private static (SiteSettings Settings, string Report) Load(string yaml)
    {
        using var temp = new TempFolder();
        temp.Write("input/site.yml", yaml);
        var diagnostics = new DiagnosticBag();
        var settings = SiteSettings.Load(temp.Combine("input"), "input", diagnostics);
        return (settings, string.Join("\n", diagnostics.ToSortedList()));
    }

    [Theory]
    [InlineData("baseUrl: javascript:alert(1)\n", "input/site.yml(1,10): error SITE011: baseUrl: the scheme 'javascript:' is not allowed")]
    [InlineData("baseUrl: \" JaVaScRiPt:alert(1)\"\n", "input/site.yml(1,10): error SITE011: baseUrl: the scheme 'javascript:' is not allowed")]
    [InlineData("basePath: data:text/html,x\n", "input/site.yml(1,11): error SITE011: basePath: the scheme 'data:' is not allowed")]
    [InlineData("navigation:\n  - title: Home\n    url: \"java\\tscript:alert(1)\"\n", "input/site.yml(3,10): error SITE011: navigation url: the scheme 'javascript:' is not allowed")]
    [InlineData("params:\n  twitterUrl: vbscript:x\n", "input/site.yml(2,15): error SITE011: twitterUrl: the scheme 'vbscript:' is not allowed")]
    public void An_unsafe_url_is_an_error_at_its_value(string yaml, string expected)
    {
        var (settings, report) = Load(yaml);
        Assert.StartsWith(expected, report, StringComparison.Ordinal);
        Assert.Equal("/", settings.BasePath);
        Assert.Equal(string.Empty, settings.BaseUrl);
        Assert.DoesNotContain(settings.Navigation, entry => entry.Url.Contains("script", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(settings.Extra);
    }

    [Fact]
    public void Safe_urls_are_kept()
    {
        var (settings, report) = Load("baseUrl: https://owner.github.io/repo/\nnavigation:\n  - title: Mail\n    url: mailto:a@example.com\n  - title: About\n    url: /about/\nparams:\n  twitterUrl: https://x.example/\n");
        Assert.Equal(string.Empty, report);
        Assert.Equal("/repo/", settings.BasePath);
        Assert.Equal(["mailto:a@example.com", "/about/"], settings.Navigation.Select(n => n.Url));
        Assert.Equal("https://x.example/", settings.Extra["twitterUrl"]);
    }

    [Theory]
    [InlineData("baseURL: https://a.example/\n", "input/site.yml(1,1): warning SITE012: unknown key 'baseURL' in site.yml: did you mean 'baseUrl'?")]
    [InlineData("termlinks: every\n", "input/site.yml(1,1): warning SITE012: unknown key 'termlinks' in site.yml: did you mean 'termLinks'?")]
    [InlineData("title: A\ntitel: B\n", "input/site.yml(2,1): warning SITE012: unknown key 'titel' in site.yml: did you mean 'title'?")]
    [InlineData("markup:\n  unsafe: true\n  unsave: true\n", "input/site.yml(3,3): warning SITE012: unknown key 'unsave' in markup: did you mean 'unsafe'?")]
    [InlineData("navigation:\n  - title: A\n    url: /\n    lable: x\n", "input/site.yml(4,5): warning SITE012: unknown key 'lable' in navigation entry: did you mean 'label'?")]
    [InlineData("twitter: someone\n", "input/site.yml(1,1): warning SITE012: unknown key 'twitter' in site.yml (it is passed to the theme as site.params.twitter; put theme values under params: to say so)")]
    public void A_misspelt_key_is_a_warning_with_the_nearest_known_key(string yaml, string expected) =>
        Assert.Equal(expected, Load(yaml).Report);

    [Fact]
    public void Theme_values_under_params_are_not_warned_about()
    {
        var (settings, report) = Load("params:\n  twitter: someone\n");
        Assert.Equal(string.Empty, report);
        Assert.Equal("someone", settings.Extra["twitter"]);
    }

    [Theory]
    [InlineData("title: [a, b]\n", "input/site.yml(1,8): error SITE013: title must be text, not a list")]
    [InlineData("author:\n  name: x\n", "input/site.yml(2,3): error SITE013: author must be text, not a mapping")]
    [InlineData("navigation: 5\n", "input/site.yml(1,13): error SITE013: navigation must be a list of entries with title (or label) and url, not a single value")]
    [InlineData("termLinks: sometimes\n", "input/site.yml(1,12): error SITE013: termLinks must be first-per-turn, first-per-page or every, not 'sometimes'")]
    [InlineData("markup: true\n", "input/site.yml(1,9): error SITE013: markup must be a mapping such as { unsafe: false }")]
    [InlineData("markup:\n  unsafe: maybe\n", "input/site.yml(2,11): error SITE013: markup.unsafe must be true or false")]
    [InlineData("basePath: https://a.example/x/\n", "input/site.yml(1,11): error SITE013: basePath must be a path such as /repo/, not 'https://a.example/x/' (a full address goes in baseUrl)")]
    [InlineData("baseUrl: ftp://a.example/\n", "input/site.yml(1,10): error SITE011: baseUrl: the scheme 'ftp:' is not allowed: use http, https, mailto or a relative path")]
    [InlineData("baseUrl: mailto:a@example.com\n", "input/site.yml(1,10): error SITE013: baseUrl must be an absolute URL such as https://owner.github.io/repo/ or a path such as /repo/, not 'mailto:a@example.com'")]
    public void A_value_of_the_wrong_kind_is_an_error_at_the_value(string yaml, string expected)
    {
        var (settings, report) = Load(yaml);
        Assert.Equal(expected, report);
        Assert.Equal(new SiteSettings().Title, settings.Title);
    }

    [Fact]
    public void Markup_unsafe_is_off_unless_turned_on()
    {
        Assert.False(Load("title: A\n").Settings.UnsafeMarkup);
        Assert.True(Load("markup:\n  unsafe: true\n").Settings.UnsafeMarkup);
    }

    [Fact]
    public async Task No_javascript_url_from_site_yml_reaches_a_page()
    {
        using var temp = new TempFolder();
        temp.Write("input/index.md", "---\ntitle: Home\n---\nHello.\n");
        temp.Write("input/site.yml", "baseUrl: javascript:alert(1)\nnavigation:\n  - title: Bad\n    url: JavaScript:alert(2)\n  - title: Home\n    url: /\n");

        var result = await temp.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Equal(
            ["input/site.yml(1,10): error SITE011", "input/site.yml(4,10): error SITE011"],
            result.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnsafeUrl).Select(Short));
        var pages = Directory.Exists(temp.Combine("output")) ? Directory.GetFiles(temp.Combine("output"), "*.html", SearchOption.AllDirectories) : [];
        Assert.DoesNotContain(pages, page => File.ReadAllText(page).Contains("javascript:", StringComparison.OrdinalIgnoreCase));
    }

    private static string Short(Diagnostic diagnostic) =>
        $"input/{Path.GetFileName(diagnostic.Path)}({diagnostic.Line},{diagnostic.Column}): {(diagnostic.IsError ? "error" : "warning")} {diagnostic.Code}";

    [Fact]
    public async Task A_bad_base_url_on_the_command_line_is_an_error_not_a_crash()
    {
        using var temp = new TempFolder();
        temp.Write("input/index.md", "---\ntitle: Home\n---\nHello.\n");
        var result = await Site.Building.SiteBuilder.BuildAsync(new Site.Building.BuildOptions
        {
            Input = temp.Combine("input"),
            Theme = Path.Combine(Repository.Root, "theme"),
            Output = temp.Combine("output"),
            BaseUrl = "javascript:alert(1)",
        });
        Assert.Equal("--base-url: error SITE011: the scheme 'javascript:' is not allowed: use http, https, mailto or a relative path", Assert.Single(result.Diagnostics).ToString());
    }
}
