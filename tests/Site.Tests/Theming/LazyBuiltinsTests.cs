using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Site.Configuration;
using Site.Diagnostics;
using Site.Tests.Support;
using Site.Theming;

namespace Site.Tests.Theming;

/// <summary>Templates see Scriban's built-in objects, made when first used instead of all at start-up.</summary>
public sealed class LazyBuiltinsTests
{
    [Fact]
    public void The_names_and_objects_are_Scribans_own()
    {
        var scriban = new BuiltinFunctions();
        var lazy = new LazyBuiltins();

        Assert.Equal(scriban.GetMembers().Order(StringComparer.Ordinal), LazyBuiltins.Names.Order(StringComparer.Ordinal));
        foreach (var name in scriban.GetMembers())
        {
            Assert.True(lazy.TryGetValue(null, default, name, out var made), name);
            Assert.Equal(scriban[name]?.GetType(), made?.GetType());
            Assert.True(lazy.TryGetValue(null, default, name, out var again));
            Assert.Same(made, again);
        }
    }

    [Fact]
    public void Theme_templates_can_use_every_built_in_object()
    {
        using var folder = new TempFolder();
        folder.Write("input/site.yml", "title: T\n");
        var theme = new Theme(new SiteSettings { Title = "T" }, new ThemeFiles(folder.Combine("input"), folder.Combine("theme")), new DiagnosticBag());
        var template = Template.Parse(
            "{{ [3, 1, 2] | array.sort | array.join ',' }} {{ -3 | math.abs }} {{ 'a<b' | html.escape }} {{ 'ab' | string.upcase }} " +
            "{{ date.parse '2024-01-02' | date.to_string '%Y' }} {{ 'a1b2' | regex.replace '[0-9]' '' }} {{ {x: 1} | object.keys | array.size }} " +
            "{{ (timespan.from_days 2).Days }} {{ empty == null }}");
        Assert.False(template.HasErrors, string.Join("\n", template.Messages));

        var html = template.Render(theme.CreateContext(theme.CreateGlobals(new ScriptObject())));

        Assert.Equal("1,2,3 3 a&lt;b AB 2024 ab 1 2 false", html);
    }

    [Theory]
    [InlineData("{{ \"<a href='x'>&\\\"é\" | html.escape }}")]
    [InlineData("{{ null | html.escape }}|{{ 12 | html.escape }}|{{ html.escape '本段“固定”' }}")]
    [InlineData("{{ '<b>x</b>' | html.strip }} {{ 'a b' | html.url_encode }}")]
    public void Html_functions_give_what_Scribans_give(string source)
    {
        var template = Template.Parse(source);
        Assert.False(template.HasErrors, string.Join("\n", template.Messages));

        var ours = template.Render(new TemplateContext(new LazyBuiltins()));

        Assert.Equal(template.Render(new TemplateContext()), ours);
    }
}
