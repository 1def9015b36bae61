using Site.Serving;

namespace Site.Tests.Serving;

public sealed class RequestPathTests
{
    [Theory]
    [InlineData("", 0, true)]
    [InlineData("about/", 1, true)]
    [InlineData("about", 1, false)]
    [InlineData("assets/css/site.css", 3, false)]
    [InlineData("关于/", 1, true)]
    public void Safe_paths_split_into_segments(string relative, int segments, bool endsWithSlash)
    {
        var path = RequestPath.Parse(relative);

        Assert.NotNull(path);
        Assert.Equal(segments, path.Segments.Count);
        Assert.Equal(endsWithSlash, path.EndsWithSlash);
    }

    [Theory]
    [InlineData("..")]
    [InlineData("../x")]
    [InlineData("a/../../x")]
    [InlineData("./x")]
    [InlineData("a//b")]
    [InlineData("/etc/passwd")]
    [InlineData("..%2Fx")]
    [InlineData("..%2fx")]
    [InlineData("..\\x")]
    [InlineData("C:/Windows")]
    [InlineData("a\0b")]
    public void Paths_that_could_leave_the_folder_are_refused(string relative) =>
        Assert.Null(RequestPath.Parse(relative));
}
