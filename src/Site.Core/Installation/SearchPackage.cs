using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Site.Installation;

/// <summary>
/// The package files the Pagefind cache installs from: the repository's lock file cut down to Pagefind and its
/// platform packages, so that <c>npm ci</c> fetches the pinned Pagefind and not the test tools (html-validate, ...).
/// </summary>
public static class SearchPackage
{
    private const string Pagefind = "pagefind";

    /// <summary>package.json and package-lock.json for Pagefind alone, or null when the lock file does not pin it.</summary>
    public static (string PackageJson, string LockJson)? FromLock(string lockJson)
    {
        if (JsonNode.Parse(lockJson) is not JsonObject root ||
            root["packages"] is not JsonObject packages ||
            packages[""] is not JsonObject project ||
            (project["devDependencies"] ?? project["dependencies"]) is not JsonObject declared ||
            declared[Pagefind]?.DeepClone() is not { } range ||
            packages["node_modules/" + Pagefind] is not JsonObject pagefind)
        {
            return null;
        }

        var kept = new JsonObject
        {
            [""] = new JsonObject { ["name"] = "site-search", ["devDependencies"] = new JsonObject { [Pagefind] = range.DeepClone() } },
            ["node_modules/" + Pagefind] = pagefind.DeepClone(),
        };
        foreach (var dependency in (pagefind["optionalDependencies"] as JsonObject ?? []).Concat(pagefind["dependencies"] as JsonObject ?? []))
        {
            if (packages["node_modules/" + dependency.Key] is JsonObject entry)
            {
                kept["node_modules/" + dependency.Key] = entry.DeepClone();
            }
        }

        var package = new JsonObject
        {
            ["name"] = "site-search",
            ["private"] = true,
            ["description"] = "Pagefind for the search index of Site, installed by the tool from its lock file.",
            ["devDependencies"] = new JsonObject { [Pagefind] = range.DeepClone() },
        };
        var lockFile = new JsonObject
        {
            ["name"] = "site-search",
            ["lockfileVersion"] = root["lockfileVersion"]?.DeepClone() ?? 3,
            ["requires"] = true,
            ["packages"] = kept,
        };
        return (Write(package), Write(lockFile));
    }

    private static string Write(JsonNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            node.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
