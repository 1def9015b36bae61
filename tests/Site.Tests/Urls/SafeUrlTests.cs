using Site.Urls;

namespace Site.Tests.Urls;

public sealed class SafeUrlTests
{
    [Theory]
    [InlineData("https://example.com/x")]
    [InlineData("HTTP://example.com/")]
    [InlineData("mailto:someone@example.com")]
    [InlineData("/about/")]
    [InlineData("about/")]
    [InlineData("../speakers/")]
    [InlineData("#top")]
    [InlineData("?q=1")]
    [InlineData("//cdn.example.com/x")]
    [InlineData("page.html?next=javascript:alert(1)")]
    [InlineData("a b:c")]
    [InlineData("")]
    public void Web_and_relative_urls_are_safe(string url) => Assert.Null(SafeUrl.Problem(url));

    [Theory]
    [InlineData("javascript:alert(1)", "javascript:")]
    [InlineData("JaVaScRiPt:alert(1)", "javascript:")]
    [InlineData("  javascript:alert(1)  ", "javascript:")]
    [InlineData("\u0001javascript:alert(1)", "javascript:")]
    [InlineData("java\tscript:alert(1)", "javascript:")]
    [InlineData("java\nscript:alert(1)", "javascript:")]
    [InlineData("javascript&#58;alert(1)", "javascript:")]
    [InlineData("javascript&colon;alert(1)", "javascript:")]
    [InlineData("java&Tab;script:alert(1)", "javascript:")]
    [InlineData("&#106;avascript:alert(1)", "javascript:")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", "data:")]
    [InlineData("vbscript:msgbox(1)", "vbscript:")]
    [InlineData("file:///etc/passwd", "file:")]
    [InlineData("C:\\site\\page.html", "c:")]
    public void Other_schemes_are_refused_however_they_are_written(string url, string scheme) =>
        Assert.Equal($"the scheme '{scheme}' is not allowed: use http, https, mailto or a relative path", SafeUrl.Problem(url));

    [Fact]
    public void A_control_character_inside_is_refused() =>
        Assert.Equal("the URL contains the control character U+0000: remove it", SafeUrl.Problem("java\0script:alert(1)"));
}
