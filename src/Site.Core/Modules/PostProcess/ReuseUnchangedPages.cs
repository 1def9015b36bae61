using System.Collections;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Scriban.Runtime;
using Site.Building;
using Site.Documents;
using Site.Navigation;
using Site.Pipelines;
using Site.Theming;

namespace Site.Modules.PostProcess;

/// <summary>
/// In <c>site serve</c>, marks each page whose inputs are the same as in the last good build to be copied from the
/// served output (<see cref="Document.CopyFrom"/>): Markdig, the layouts and the description then pass it by. A
/// page's inputs are its Markdown and metadata (front matter, the layout's model, URL, source) plus what every page
/// shares: the templates, strings and settings, and the navigation. Does nothing outside the dev server.
/// </summary>
public sealed class ReuseUnchangedPages(BuildPaths paths, Theme theme) : IModule
{
    private static readonly string[] SettingsFiles = ["site.yml", "glossary.yml"];

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (context.Build.RebuildCache is not { } cache)
        {
            return Task.FromResult(inputs);
        }

        var shared = Shared(context, cache, theme);
        var outputs = new Document[inputs.Count];
        Parallel.For(0, inputs.Count, index =>
        {
            var document = inputs[index];
            outputs[index] = document;
            if (!document.Get<bool>(MetadataKeys.IsPage) || document.CopyFrom is not null || document.Get<bool>(MetadataKeys.Fingerprinted) ||
                document.Destination is not { } destination)
            {
                return;
            }

            outputs[index] = Reuse(document, destination, Fingerprint(shared, document), cache, context, paths) ?? document;
        });
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    /// <summary>
    /// The document made to copy its page (and Markdown copy) from the served output when the previous build made it
    /// from the same inputs; null to build it. Records the fingerprint for the next build either way.
    /// </summary>
    internal static Document? Reuse(Document document, string destination, UInt128 fingerprint, RebuildCache cache, PipelineContext context, BuildPaths paths)
    {
        if (!cache.TryReuse(destination, fingerprint, out var scan))
        {
            return null;
        }

        var previous = Path.Combine(paths.Output, destination);
        var markdownCopy = document.Get<string>(MetadataKeys.MarkdownDestination) is { } markdown ? Path.Combine(paths.Output, markdown) : null;
        if (!File.Exists(previous) || (markdownCopy is not null && !File.Exists(markdownCopy)))
        {
            return null;
        }

        if (scan is not null)
        {
            Output.WriteFiles.PageScans(context.Build)[destination] = scan;
        }

        var reused = document with { CopyFrom = previous };
        return markdownCopy is null ? reused : reused.WithMetadata(MetadataKeys.MarkdownCopyFrom, markdownCopy);
    }

    /// <summary>The hash of what every page is made from, once per build.</summary>
    internal static byte[] Shared(PipelineContext context, RebuildCache cache, Theme theme) =>
        context.Build.GetOrCreate("sharedFingerprint", () => new SharedFingerprint(SharedInputs(context, cache, theme))).Hash;

    /// <summary>A hash of a text (a transcript file as read), for <see cref="MetadataKeys.SourceFingerprint"/>.</summary>
    public static UInt128 Hash(string text)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(MemoryMarshal.AsBytes(text.AsSpan()), digest);
        return MemoryMarshal.Read<UInt128>(digest);
    }

    /// <summary>
    /// The templates, strings and settings files of the theme and input/. Hashed when the build starts, before any
    /// of them is read: a file saved while the build runs then no longer matches this hash, so the next build renders
    /// the pages again. Hashed after reading, it would match the saved file, and the next build would copy pages
    /// made from the text before the save.
    /// </summary>
    internal static byte[] HashSharedFiles(string inputRoot, string themeRoot)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var root in new[] { inputRoot, themeRoot })
        {
            foreach (var folder in ThemeFiles.TemplateFolders.Select(name => Path.Combine(root, name)).Where(Directory.Exists))
            {
                foreach (var file in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true }).Order(StringComparer.Ordinal))
                {
                    AddFile(hash, file);
                }
            }
        }

        foreach (var file in SettingsFiles.Select(name => Path.Combine(inputRoot, name)).Where(File.Exists))
        {
            AddFile(hash, file);
        }

        return hash.GetHashAndReset();
    }

    private static void AddFile(IncrementalHash hash, string file)
    {
        AddText(hash, file);
        try
        {
            hash.AppendData(File.ReadAllBytes(file));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Deleted or locked just now: the build reports it if it still is when it reads the file.
            AddText(hash, "\u0000unreadable");
        }
    }

    /// <summary>The shared files as the build started, the URLs, and the navigation model.</summary>
    private static byte[] SharedInputs(PipelineContext context, RebuildCache cache, Theme theme)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(cache.SharedFiles);
        AddText(hash, theme.Urls.BasePath + "\n" + theme.Urls.BaseUrl);
        AddValue(hash, NavigationModel.Get(context, theme), 0);
        return hash.GetHashAndReset();
    }

    internal static UInt128 Fingerprint(byte[] shared, Document document)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(shared);
        AddText(hash, document.Source);
        AddText(hash, document.Destination ?? string.Empty);
        AddText(hash, document.Content);
        foreach (var (key, value) in document.Metadata.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            AddText(hash, key);
            AddValue(hash, value, 0);
        }

        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return MemoryMarshal.Read<UInt128>(digest);
    }

    /// <summary>
    /// Adds a metadata value: text, numbers, and collections of them (front matter, template models). Other objects
    /// (the parsed transcript, the page plan) reach the page only through its Markdown and model, hashed already.
    /// </summary>
    private static void AddValue(IncrementalHash hash, object? value, int depth)
    {
        switch (value)
        {
            case null:
                AddText(hash, "\u0000null");
                break;
            case string text:
                AddText(hash, text);
                break;
            case bool or int or long or double or decimal or float or DateTime or DateTimeOffset:
                AddText(hash, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
                break;
            case ScriptObject scriptObject when depth < 8:
                AddText(hash, "\u0000{");
                foreach (var (key, member) in scriptObject.OrderBy(pair => pair.Key, StringComparer.Ordinal))
                {
                    AddText(hash, key);
                    AddValue(hash, member, depth + 1);
                }

                break;
            case IDictionary dictionary when depth < 8:
                AddText(hash, "\u0000{");
                foreach (var key in dictionary.Keys.Cast<object>().Select(k => k.ToString() ?? string.Empty).Order(StringComparer.Ordinal))
                {
                    AddText(hash, key);
                    AddValue(hash, dictionary[key], depth + 1);
                }

                break;
            case IEnumerable sequence when depth < 8:
                AddText(hash, "\u0000[");
                foreach (var item in sequence)
                {
                    AddValue(hash, item, depth + 1);
                }

                break;
            default:
                AddText(hash, "\u0000" + value.GetType().Name);
                break;
        }
    }

    /// <summary>Adds the text with its length first, so that ("ab", "c") and ("a", "bc") differ.</summary>
    private static void AddText(IncrementalHash hash, string text)
    {
        Span<byte> length = stackalloc byte[sizeof(int)];
        MemoryMarshal.Write(length, text.Length);
        hash.AppendData(length);
        hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    private sealed record SharedFingerprint(byte[] Hash);
}
