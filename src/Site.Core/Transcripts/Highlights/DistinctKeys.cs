namespace Site.Transcripts.Highlights;

/// <summary>
/// Counts distinct 64-bit keys, emptied for the next turn in constant time. A <see cref="HashSet{T}"/> of the keys
/// did the same, but its adds and resizes were most of the time spent linking highlights: here a table of keys is
/// probed in a line, each slot stamped with the turn it belongs to, so that nothing is cleared or allocated per turn.
/// </summary>
internal sealed class DistinctKeys
{
    private ulong[] _keys = new ulong[256];
    private int[] _stamps = new int[256];
    private int _stamp = 1;

    public int Count { get; private set; }

    public void Clear()
    {
        Count = 0;
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_stamps);
            _stamp = 1;
        }
    }

    public void Add(ulong key)
    {
        // Kept at most half full, so a probe ends soon at an empty slot.
        if (Count * 2 >= _keys.Length)
        {
            Grow();
        }

        var mask = _keys.Length - 1;
        for (var slot = Slot(key, mask); ; slot = (slot + 1) & mask)
        {
            if (_stamps[slot] != _stamp)
            {
                (_keys[slot], _stamps[slot]) = (key, _stamp);
                Count++;
                return;
            }

            if (_keys[slot] == key)
            {
                return;
            }
        }
    }

    // Fibonacci hashing: the high bits of the product mix all of the key's bits (pairs differ mostly in their low ones).
    private static int Slot(ulong key, int mask) => (int)((key * 0x9E3779B97F4A7C15UL) >> 32) & mask;

    private void Grow()
    {
        var (keys, stamps) = (_keys, _stamps);
        (_keys, _stamps) = (new ulong[keys.Length * 2], new int[keys.Length * 2]);
        var mask = _keys.Length - 1;
        for (var index = 0; index < keys.Length; index++)
        {
            if (stamps[index] == _stamp)
            {
                var slot = Slot(keys[index], mask);
                while (_stamps[slot] == _stamp)
                {
                    slot = (slot + 1) & mask;
                }

                (_keys[slot], _stamps[slot]) = (keys[index], _stamp);
            }
        }
    }
}
