using System.Net;
using System.Text.Json;

namespace Site.Tests.Serving;

/// <summary>A save rebuilds the site and tells the open pages what to do.</summary>
public sealed class DevServerLiveReloadTests
{
    [Fact]
    public async Task A_new_page_gets_the_current_state_when_it_connects()
    {
        await using var site = await ServedSite.StartAsync(watch: false);
        using var events = await site.OpenEventsAsync();

        var (name, data) = await events.NextAsync();

        Assert.Equal("state", name);
        using var json = JsonDocument.Parse(data);
        Assert.Equal(site.Server.State.Version, json.RootElement.GetProperty("version").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task Editing_an_input_file_rebuilds_and_sends_a_reload()
    {
        await using var site = await ServedSite.StartAsync();
        using var events = await site.OpenEventsAsync();
        var before = (await events.NextAsync()).Data;

        await File.AppendAllTextAsync(site.Folder.Combine("input/about.md"), "\nA sentence added while serving.\n");
        var reload = await events.NextAsync("reload");

        Assert.NotEqual(before, reload);
        Assert.Contains("A sentence added while serving.", await site.GetTextAsync("/about/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_only_a_stylesheet_sends_styles_instead_of_reload()
    {
        await using var site = await ServedSite.StartAsync();
        using var events = await site.OpenEventsAsync();
        await events.NextAsync("state");

        await File.AppendAllTextAsync(site.Folder.Combine("theme/assets/css/site.css"), "\n.added-while-serving { color: red }\n");
        var (name, _) = await events.NextAsync();

        Assert.Equal("styles", name);
        Assert.Contains(".added-while-serving", await site.GetTextAsync("/assets/css/site.css"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_template_sends_the_errors_and_keeps_the_last_good_site_served()
    {
        await using var site = await ServedSite.StartAsync();
        using var events = await site.OpenEventsAsync();
        await events.NextAsync("state");
        var layout = site.Folder.Combine("theme/layouts/page.html");
        var good = await File.ReadAllTextAsync(layout);

        await File.WriteAllTextAsync(layout, good + "\n{{ if }}\n");
        var failed = await events.NextAsync("failed");

        using (var json = JsonDocument.Parse(failed))
        {
            var error = json.RootElement.GetProperty("errors")[0];
            Assert.EndsWith("layouts/page.html", error.GetProperty("path").GetString(), StringComparison.Ordinal);
            Assert.True(error.GetProperty("line").GetInt32() > 0);
            Assert.True(error.GetProperty("column").GetInt32() > 0);
            Assert.Contains("error SITE", error.GetProperty("text").GetString(), StringComparison.Ordinal);
        }

        Assert.Contains(ServedSite.AboutText, await site.GetTextAsync("/about/"), StringComparison.Ordinal);
        Assert.True(site.Server.State.Failed);

        // A page opened now learns about the failure at once.
        using (var late = await site.OpenEventsAsync())
        {
            var (_, state) = await late.NextAsync();
            Assert.Contains("layouts/page.html", state, StringComparison.Ordinal);
        }

        await File.WriteAllTextAsync(layout, good);
        await events.NextAsync("reload");

        Assert.False(site.Server.State.Failed);
    }

    [Fact]
    public async Task Requests_during_rebuilds_never_see_a_missing_page()
    {
        await using var site = await ServedSite.StartAsync();
        using var events = await site.OpenEventsAsync();
        await events.NextAsync("state");
        using var done = new CancellationTokenSource();
        var statuses = new List<HttpStatusCode>();
        var requests = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                using var response = await site.GetAsync("/about/");
                statuses.Add(response.StatusCode);
            }
        });

        for (var edit = 0; edit < 5; edit++)
        {
            await File.AppendAllTextAsync(site.Folder.Combine("input/about.md"), $"\nEdit {edit}.\n");
            await events.NextAsync("reload");
        }

        await done.CancelAsync();
        await requests;

        Assert.NotEmpty(statuses);
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }
}
