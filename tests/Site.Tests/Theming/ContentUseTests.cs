using Scriban;
using Scriban.Runtime;
using Site.Theming;

namespace Site.Tests.Theming;

/// <summary>
/// <see cref="ContentUse.IsWrittenAsIs"/> decides whether a template may be rendered with a marker in place of the
/// page: it must say yes only when rendering with the marker and putting the page in its place gives the same
/// output as rendering with the page itself.
/// </summary>
public sealed class ContentUseTests
{
    // As in ApplyLayout: private-use characters around a lower-case word, so that a transformed marker shows.
    private const string Marker = "\uE000site:content:marker\uE001";
    private const string Page = "<p>The <em>page</em>, with <a href=\"/x/\">a link</a>.</p>\n";

    [Theory]
    [InlineData("<main>{{ content }}</main>")]
    [InlineData("<main>\n{{~ content ~}}\n</main>")]
    [InlineData("<p>{{ page.title }}</p>")]
    [InlineData("<p>no template code at all</p>")]
    [InlineData("{{ content }}<hr>{{ content }}")]
    [InlineData("{{ if page.title != '' }}<h1>{{ page.title }}</h1>{{ end }}{{ content }}")]
    [InlineData("{{ capture title }}<h1>{{ page.title }}</h1>{{ end }}{{ title | string.upcase }}{{ content }}")]
    public void Writing_content_out_or_not_using_it_qualifies(string text) =>
        Assert.True(ContentUse.IsWrittenAsIs(Parse(text)));

    [Theory]
    [InlineData("{{ content | string.size }}")]
    [InlineData("{{ if content }}x{{ end }}")]
    [InlineData("{{ if content != \"\" }}{{ content }}{{ end }}")]
    [InlineData("{{ content = 'x' }}")]
    [InlineData("{{ x = content }}{{ x | string.upcase }}")]
    [InlineData("{{ 'before' + content }}")]
    [InlineData("{{ this.content | string.upcase }}")]
    [InlineData("{{ this['content'] | string.upcase }}")]
    [InlineData("{{ capture body }}{{ content }}{{ end }}{{ body | string.upcase }}")]
    [InlineData("{{ capture body }}{{ content }}{{ end }}<main data-size=\"{{ body | string.size }}\">{{ body }}</main>")]
    [InlineData("{{ func inner }}<b>{{ content }}</b>{{ end }}{{ capture body }}{{ inner }}{{ end }}{{ body | string.upcase }}")]
    [InlineData("{{ capture body }}{{ include 'page.html' }}{{ end }}{{ body | string.upcase }}")]
    public void Using_content_in_an_expression_or_a_captured_value_does_not_qualify(string text) =>
        Assert.False(ContentUse.IsWrittenAsIs(Parse(text)));

    [Theory]
    [InlineData("<main>{{ content }}</main>")]
    [InlineData("{{ content }}<hr>{{ content }}")]
    [InlineData("{{ for i in 1..3 }}<section>{{ content }}</section>{{ end }}")]
    [InlineData("{{ with page }}<h1>{{ title }}</h1>{{ end }}{{ content }}")]
    [InlineData("{{ content | string.size }}")]
    [InlineData("{{ content | string.upcase }}")]
    [InlineData("{{ if content != '' }}{{ content }}{{ end }}")]
    [InlineData("{{ this['content'] | string.upcase }}")]
    [InlineData("{{ capture body }}{{ content }}{{ end }}{{ body | string.upcase }}")]
    [InlineData("{{ capture body }}{{ content }}{{ end }}[{{ body | string.size }}]{{ body }}")]
    [InlineData("{{ func inner }}<b>{{ content }}</b>{{ end }}{{ capture body }}{{ inner }}{{ end }}{{ body | string.upcase }}")]
    [InlineData("{{ func inner }}<b>{{ content }}</b>{{ end }}[{{ inner }}]")]
    public void A_template_that_qualifies_renders_the_same_with_the_marker(string text)
    {
        var template = Parse(text);
        if (ContentUse.IsWrittenAsIs(template))
        {
            Assert.Equal(Render(template, Page), Render(template, Marker).Replace(Marker, Page, StringComparison.Ordinal));
        }
    }

    private static Template Parse(string text)
    {
        var template = Template.Parse(text);
        Assert.False(template.HasErrors, string.Join("\n", template.Messages));
        return template;
    }

    private static string Render(Template template, string content)
    {
        var context = new TemplateContext();
        context.PushGlobal(new ScriptObject { ["content"] = content, ["page"] = new ScriptObject { ["title"] = "Title" } });
        return template.Render(context);
    }
}
