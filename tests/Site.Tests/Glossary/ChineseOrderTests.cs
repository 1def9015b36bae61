using System.Globalization;
using Site.Glossary;

namespace Site.Tests.Glossary;

/// <summary>The embedded rank table must order Han characters as ICU's zh-CN collation does (the test host has ICU).</summary>
public sealed class ChineseOrderTests
{
    [Fact]
    public void Every_unified_ideograph_sorts_as_in_ICU()
    {
        var icu = StringComparer.Create(CultureInfo.GetCultureInfo("zh-CN"), CompareOptions.IgnoreCase);
        var characters = Enumerable.Range(0x4E00, 0x9FFF - 0x4E00 + 1).Select(c => ((char)c).ToString()).ToList();
        Assert.Equal(20_992, characters.Count);

        // Characters ICU finds equal form one class, and may come in any order among themselves.
        var icuClass = new Dictionary<string, int>(StringComparer.Ordinal);
        string? previous = null;
        foreach (var character in characters.Order(icu))
        {
            icuClass[character] = previous is null ? 0 : icuClass[previous] + (icu.Compare(previous, character) == 0 ? 0 : 1);
            previous = character;
        }

        // Sorted by ChineseOrder, the classes must come in ICU's order, and neighbours of different classes must not
        // be equal under ChineseOrder (or their order would be left to chance).
        var sorted = characters.Order(ChineseOrder.Comparer).ToList();
        var disagreements = sorted.Zip(sorted.Skip(1))
            .Where(pair => icuClass[pair.First] > icuClass[pair.Second] ||
                (icuClass[pair.First] < icuClass[pair.Second] && ChineseOrder.Comparer.Compare(pair.First, pair.Second) == 0))
            .Select(pair => $"{pair.First} U+{(int)pair.First[0]:X4} (ICU class {icuClass[pair.First]}) before {pair.Second} U+{(int)pair.Second[0]:X4} (ICU class {icuClass[pair.Second]})")
            .ToList();
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} neighbours out of ICU's order, e.g.:\n{string.Join("\n", disagreements.Take(20))}");
    }
}
