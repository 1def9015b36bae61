using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Site.Documents;

/// <summary>
/// The metadata of a <see cref="Document"/>: an immutable map from keys to values, changed by making a new one.
/// A document has a dozen entries at most and a site has tens of thousands of documents alive through Process, so
/// the entries are one small array searched in order rather than a hashed tree (an immutable dictionary took about
/// 550 bytes per document, this about 200), and a lookup compares the key's reference before its characters (keys
/// are the constants of <see cref="MetadataKeys"/>).
/// </summary>
public sealed class MetadataDictionary : IReadOnlyDictionary<string, object?>
{
    private readonly KeyValuePair<string, object?>[] _entries;

    private MetadataDictionary(KeyValuePair<string, object?>[] entries) => _entries = entries;

    public static MetadataDictionary Empty { get; } = new([]);

    public int Count => _entries.Length;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no metadata '{key}'");

    public IEnumerable<string> Keys => _entries.Select(entry => entry.Key);

    public IEnumerable<object?> Values => _entries.Select(entry => entry.Value);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _entries[index].Value : null;
        return index >= 0;
    }

    /// <summary>This metadata with <paramref name="key"/> set to <paramref name="value"/> (replaced if present).</summary>
    public MetadataDictionary SetItem(string key, object? value)
    {
        var index = IndexOf(key);
        KeyValuePair<string, object?>[] entries;
        if (index >= 0)
        {
            entries = (KeyValuePair<string, object?>[])_entries.Clone();
        }
        else
        {
            entries = new KeyValuePair<string, object?>[_entries.Length + 1];
            _entries.CopyTo(entries, 0);
            index = _entries.Length;
        }

        entries[index] = new KeyValuePair<string, object?>(key, value);
        return new MetadataDictionary(entries);
    }

    /// <summary>This metadata with every one of <paramref name="values"/> set, in order: one new array, not one per value.</summary>
    public MetadataDictionary SetItems(IEnumerable<KeyValuePair<string, object?>> values)
    {
        List<KeyValuePair<string, object?>>? entries = null;
        foreach (var (key, value) in values)
        {
            entries ??= [.. _entries];
            var index = IndexOf(entries, key);
            if (index >= 0)
            {
                entries[index] = new KeyValuePair<string, object?>(key, value);
            }
            else
            {
                entries.Add(new KeyValuePair<string, object?>(key, value));
            }
        }

        return entries is null ? this : new MetadataDictionary([.. entries]);
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key) => IndexOf(_entries, key);

    private static int IndexOf(IReadOnlyList<KeyValuePair<string, object?>> entries, string key)
    {
        for (var index = 0; index < entries.Count; index++)
        {
            if (ReferenceEquals(entries[index].Key, key))
            {
                return index;
            }
        }

        for (var index = 0; index < entries.Count; index++)
        {
            if (string.Equals(entries[index].Key, key, StringComparison.Ordinal))
            {
                return index;
            }
        }

        return -1;
    }
}
