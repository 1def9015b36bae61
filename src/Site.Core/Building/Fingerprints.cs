using System.Collections;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Scriban.Runtime;
using Site.Documents;
using Site.Theming;
using Site.Urls;

namespace Site.Building;

/// <summary>
/// The hashes <see cref="RebuildCache"/> compares between builds: of a transcript file as read, of the files every
/// page shares, and of a page's inputs. SHA-256, cut to 128 bits; every text goes in with its length first, so that
/// ("ab", "c") and ("a", "bc") differ.
/// </summary>
internal static class Fingerprints
{
    /// <summary>The files in input/ besides the content that every page depends on.</summary>
    private static readonly string[] SettingsFiles = ["site.yml", "glossary.yml"];

    /// <summary>A text, e.g. a transcript file as read.</summary>
    public static UInt128 Of(string text)
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
    public static byte[] OfSharedFiles(string inputRoot, params IEnumerable<string> themeRoots)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var root in themeRoots.Prepend(inputRoot))
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

    /// <summary>What every page is made from: the shared files as the build started, the URLs, the navigation.</summary>
    public static byte[] OfSharedInputs(byte[] sharedFiles, UrlHelper urls, ScriptObject navigation)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(sharedFiles);
        AddText(hash, urls.BasePath + "\n" + urls.BaseUrl);
        AddValue(hash, navigation, 0);
        return hash.GetHashAndReset();
    }

    /// <summary>A page about to be rendered: its Markdown, where it goes and its metadata, on top of <paramref name="shared"/>.</summary>
    public static UInt128 OfPage(byte[] shared, Document document)
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

        return Digest(hash);
    }

    /// <summary>Texts on top of <paramref name="shared"/>, e.g. a transcript page's source hash and destination.</summary>
    public static UInt128 OfParts(byte[] shared, params ReadOnlySpan<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(shared);
        foreach (var part in parts)
        {
            AddText(hash, part);
        }

        return Digest(hash);
    }

    private static UInt128 Digest(IncrementalHash hash)
    {
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return MemoryMarshal.Read<UInt128>(digest);
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
}
