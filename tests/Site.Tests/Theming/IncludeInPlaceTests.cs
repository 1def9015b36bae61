using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;
using Site.Configuration;
using Site.Diagnostics;
using Site.Tests.Support;
using Site.Theming;

namespace Site.Tests.Theming;

/// <summary>
/// Our <c>include</c> renders a partial straight into the page instead of into a string that is then copied in.
/// Whatever a template does with an include, the output must be what Scriban's own include gives.
/// </summary>
public sealed class IncludeInPlaceTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly Theme _theme;

    public IncludeInPlaceTests()
    {
        _folder.Write("input/site.yml", "title: T\n");
        _folder.Write("theme/partials/plain.html", "<p>plain {{ site.title }}</p>\n");
        _folder.Write("theme/partials/lines.html", "first\nsecond\n  third\n");
        _folder.Write("theme/partials/nested.html", "<div>\n{{ include \"plain.html\" }}\n</div>\n");
        _folder.Write("theme/partials/arguments.html", "[{{ $0 }}|{{ $1 }}|{{ $2 }}]");
        _folder.Write("theme/partials/sets.html", "{{ shared = \"set inside\" }}set");
        _folder.Write("theme/partials/recursive.html", "x{{ include \"recursive.html\" }}");
        _folder.Write("theme/partials/blank-lines.html", "<div>\n\n  inner\r\n\r\n</div>\n\n");
        _folder.Write("theme/partials/open-end.html", "one\ntwo");
        _folder.Write("theme/partials/indented-nested.html", "<section>\n  {{ include \"lines.html\" }}\n    {{ include \"open-end.html\" }}\n</section>\n");
        _folder.Write("theme/partials/static-lines.html", "<nav>\n<b>{{ site.title | html.escape }}</b>\n</nav>\n");
        _folder.Write("theme/partials/static.html", "<b>{{ site.title | html.escape }}</b> <a href=\"{{ url '/' }}\">home</a>{{ if site.title != '' }}!{{ end }}");
        _theme = new Theme(new SiteSettings { Title = "T" }, new ThemeFiles(_folder.Combine("input"), _folder.Combine("theme")), new DiagnosticBag());
    }

    public static TheoryData<string> Templates =>
    [
        "{{ include \"plain.html\" }}",
        "a{{ include \"plain.html\" }}b{{ include \"plain.html\" }}c",
        "<ul>\n  {{ include \"lines.html\" }}\n</ul>",
        "  {{~ include \"lines.html\" ~}}  after",
        "{{ include \"nested.html\" }}",
        "{{ include \"arguments.html\" 1 \"two\" }}",
        "{{ $ = [\"outer\"] }}{{ include \"arguments.html\" 1 }}{{ $0 }}",
        "{{ x = include \"plain.html\" }}<{{ x | string.upcase }}>",
        "{{ include \"plain.html\" | string.size }}",
        "{{ include \"sets.html\" }}:{{ shared }}",
        "{{ for i in 1..3 }}{{ include \"arguments.html\" i }}{{ end }}",
        "{{ if true }}\n    {{ include \"lines.html\" }}\n{{ end }}",
        "{{ include \"static.html\" }}|{{ include \"static.html\" }}",
        "<main>\n  {{ include \"blank-lines.html\" }}\n  {{ include \"open-end.html\" }} after\n</main>\n",
        "  {{ include \"open-end.html\" }}{{ include \"lines.html\" }}\n\t{{ include \"lines.html\" }}{{ include \"open-end.html\" }}",
        "<div>\n    {{ include \"indented-nested.html\" }}\n</div>",
        "  {{ include \"static-lines.html\" }}\n  {{ include \"static-lines.html\" }}",
        "{{ include \"lines.html\" }}  {{ include \"lines.html\" }}\n  {{ include \"plain.html\" }}",
        "x {{ include \"lines.html\" }}\n  {{ include \"arguments.html\" 1 2 3 }}\n",
        "{{ include \"static.html\" }}{{ site = { title: \"Other <site>\" } }}{{ include \"static.html\" }}",
    ];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Renders_what_Scribans_include_renders(string text)
    {
        Assert.Equal(Render(text, new IncludeFunction()), Render(text, new IncludeInPlace()));
    }

    [Fact]
    public void A_partial_including_itself_stops_at_the_recursion_limit_with_Scribans_error()
    {
        var standard = Assert.Throws<ScriptRuntimeException>(() => Render("{{ include \"recursive.html\" }}", new IncludeFunction()));
        var inPlace = Assert.Throws<ScriptRuntimeException>(() => Render("{{ include \"recursive.html\" }}", new IncludeInPlace()));
        Assert.Equal(standard.OriginalMessage, inPlace.OriginalMessage);
    }

    [Fact]
    public void A_missing_partial_fails_as_with_Scribans_include()
    {
        var standard = Assert.Throws<ScriptRuntimeException>(() => Render("{{ include \"missing.html\" }}", new IncludeFunction()));
        var inPlace = Assert.Throws<ScriptRuntimeException>(() => Render("{{ include \"missing.html\" }}", new IncludeInPlace()));
        Assert.Equal(standard.Message, inPlace.Message);
        Assert.IsType<FileNotFoundException>(inPlace.InnerException);
    }

    [Theory]
    [InlineData("<b>{{ site.title | html.escape }}</b>{{ strings.search }}{{ url '/' }}{{ if nav.main }}x{{ else }}y{{ end }}", true)]
    [InlineData("{{ page.title }}", false)]
    [InlineData("{{ x = 1 }}{{ x }}", false)]
    [InlineData("{{ for item in nav.main }}{{ item.title }}{{ end }}", false)]
    [InlineData("{{ $0 }}", false)]
    [InlineData("{{ date.now }}", false)]
    [InlineData("{{ include \"plain.html\" }}", false)]
    [InlineData("{{ capture x }}{{ site.title }}{{ end }}", false)]
    public void A_partial_is_page_independent_only_when_it_reads_build_wide_values(string text, bool independent)
    {
        Assert.Equal(independent, PageIndependence.IsPageIndependent(Template.Parse(text)));
    }

    [Fact]
    public void A_page_independent_partial_is_rendered_once_for_every_page_and_render_context()
    {
        var calls = 0;
        var globals = _theme.CreateGlobals(new ScriptObject());
        globals["url"] = new TemplateFunction(1, 1, (_, _) =>
        {
            Interlocked.Increment(ref calls);
            return "/x/";
        });
        var template = Template.Parse("{{ include \"static.html\" }}", "page.html");

        // A context per render, as each thread of a build has its own (with its own copy of Scriban's functions).
        string[] outputs = [.. Enumerable.Range(0, 6).Select(_ => template.Render(_theme.CreateContext(globals)))];

        Assert.Equal("<b>T</b> <a href=\"/x/\">home</a>!", Assert.Single(outputs.Distinct()));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void The_theme_search_dialog_is_page_independent()
    {
        var path = Path.Combine(Repository.Root, "theme", "partials", "search.html");
        Assert.True(PageIndependence.IsPageIndependent(Template.Parse(File.ReadAllText(path), path)));
    }

    public void Dispose() => _folder.Dispose();

    private string Render(string text, IScriptCustomFunction include)
    {
        var globals = _theme.CreateGlobals(new ScriptObject());
        globals["include"] = include;
        var context = _theme.CreateContext(globals);
        context.RecursiveLimit = 20;
        var template = Template.Parse(text, "page.html");
        Assert.False(template.HasErrors, string.Join("\n", template.Messages));
        return template.Render(context);
    }
}
