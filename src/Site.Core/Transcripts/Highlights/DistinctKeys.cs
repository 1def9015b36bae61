namespace Site.Transcripts.Highlights;

/// <summary>
/// Counts a turn's distinct 64-bit keys and tells which of them the highlights want, in one probe per key. A
/// <see cref="HashSet{T}"/> and a dictionary of the wanted keys did the same, but their lookups were most of the time
/// spent linking highlights: here one table, probed in a line, holds the wanted keys for good and each turn's other
/// keys stamped with the turn, so that nothing is cleared or allocated from one turn to the next.
/// </summary>
internal sealed class DistinctKeys
{
    private ulong[] _keys = new ulong[1024];
    private int[] _stamps = new int[1024];
    // The wanted piece a slot's key is, -1 for a key of the current turn only; a wanted slot is never emptied.
    private int[] _pieces = new int[1024];
    private int _stamp = 1;
    private int _wanted;

    public DistinctKeys() => Array.Fill(_pieces, -1);

    /// <summary>Distinct keys added since the last <see cref="Clear"/>.</summary>
    public int Count { get; private set; }

    /// <summary>Makes <paramref name="key"/> known as piece <paramref name="piece"/>; all wanted keys come before any turn.</summary>
    public void Want(ulong key, int piece)
    {
        if ((_wanted + Count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        var slot = Find(key);
        if (_pieces[slot] < 0 && _stamps[slot] != _stamp)
        {
            _keys[slot] = key;
            _wanted++;
        }

        _pieces[slot] = piece;
        _stamps[slot] = 0;
    }

    public void Clear()
    {
        Count = 0;
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_stamps);
            _stamp = 1;
        }
    }

    /// <summary>Counts the key once per turn; returns the wanted piece it is, or -1.</summary>
    public int Add(ulong key)
    {
        // Kept at most half full, so that a probe soon ends at an empty slot.
        if ((_wanted + Count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        var slot = Find(key);
        if (_stamps[slot] != _stamp)
        {
            if (_pieces[slot] < 0)
            {
                _keys[slot] = key;
            }

            _stamps[slot] = _stamp;
            Count++;
        }

        return _pieces[slot];
    }

    /// <summary>The slot holding <paramref name="key"/>, or the empty slot where it goes.</summary>
    private int Find(ulong key)
    {
        var mask = _keys.Length - 1;
        var slot = Slot(key, mask);
        while ((_pieces[slot] >= 0 || _stamps[slot] == _stamp) && _keys[slot] != key)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    // Fibonacci hashing: the high bits of the product mix all of the key's bits (pairs differ mostly in their low ones).
    private static int Slot(ulong key, int mask) => (int)((key * 0x9E3779B97F4A7C15UL) >> 32) & mask;

    private void Grow()
    {
        var (keys, stamps, pieces) = (_keys, _stamps, _pieces);
        (_keys, _stamps, _pieces) = (new ulong[keys.Length * 2], new int[keys.Length * 2], new int[keys.Length * 2]);
        Array.Fill(_pieces, -1);
        var mask = _keys.Length - 1;
        for (var index = 0; index < keys.Length; index++)
        {
            if (pieces[index] >= 0 || stamps[index] == _stamp)
            {
                var slot = Slot(keys[index], mask);
                while (_pieces[slot] >= 0 || _stamps[slot] == _stamp)
                {
                    slot = (slot + 1) & mask;
                }

                (_keys[slot], _stamps[slot], _pieces[slot]) = (keys[index], stamps[index], pieces[index]);
            }
        }
    }
}
