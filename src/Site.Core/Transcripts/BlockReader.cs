namespace Site.Transcripts;

/// <summary>One entry of a block without its numbering; <paramref name="Continuation"/> holds the lines after it.</summary>
internal sealed record BlockEntry(string Text, IReadOnlyList<string> Continuation, int Line, int Column)
{
    /// <summary>The entry with its continuation lines, one per line: line breaks are the author's, not ours.</summary>
    public string FullText => Continuation.Count == 0 ? Text : string.Join('\n', [Text, .. Continuation]);
}

/// <summary>A guest or highlights block: the header line at <paramref name="Start"/> up to (not including) <paramref name="End"/>.</summary>
internal sealed record Block(BlockKind Kind, int Start, int End, IReadOnlyList<BlockEntry> Entries);

/// <summary>
/// Finds guest and highlights blocks. After the header come entries with one kind of marker (all circled digits,
/// all <c>1.</c>, or all bullets), numbered upwards. An entry spans until the next entry: unnumbered lines between
/// two entries belong to the first. Unnumbered lines after the last entry are not part of the block (nothing tells
/// where such an entry would end), so a closing line like <c>以下为直播实录精简版:</c> stays in the lede. A section
/// heading or another block header ends the block.
/// </summary>
internal static class BlockReader
{
    public static List<Block> FindAll(IReadOnlyList<SourceLine> lines)
    {
        var blocks = new List<Block>();
        for (var i = 0; i < lines.Count; i++)
        {
            var kind = BlockHeader.Match(lines[i].Text);
            if (kind == BlockKind.None)
            {
                continue;
            }

            var (entries, end) = ReadEntries(lines, i + 1);
            if (entries.Count > 0)
            {
                blocks.Add(new Block(kind, i, end, entries));
                i = end - 1;
            }
        }

        return blocks;
    }

    private static (List<BlockEntry> Entries, int End) ReadEntries(IReadOnlyList<SourceLine> lines, int start)
    {
        var entries = new List<BlockEntry>();
        var pending = new List<string>();
        EntryMarker? marker = null;
        var lastNumber = 0;
        var end = start;
        for (var j = start; j < lines.Count; j++)
        {
            var line = lines[j];
            var entry = NumberedEntries.Match(line.Text);
            var continuesList = entry is { } e && (marker is null || (e.Marker == marker && (e.Marker == EntryMarker.Bullet || e.Number > lastNumber)));
            if (continuesList)
            {
                if (entries.Count > 0 && pending.Count > 0)
                {
                    var previous = entries[^1];
                    entries[^1] = previous with { Continuation = [.. previous.Continuation, .. pending] };
                }

                pending.Clear();
                marker = entry!.Value.Marker;
                lastNumber = entry.Value.Number;
                entries.Add(new BlockEntry(entry.Value.Text, [], line.Number, line.Column));
                end = j + 1;
                continue;
            }

            if (entries.Count == 0 || entry is not null || BlockHeader.Match(line.Text) != BlockKind.None || HeadingRule.Match(line.Text) is not null)
            {
                break;
            }

            pending.Add(line.Text);
        }

        return (entries, end);
    }
}
