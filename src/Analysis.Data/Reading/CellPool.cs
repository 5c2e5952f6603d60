namespace Analysis.Data.Reading;

/// <summary>
/// Hands out one string per distinct short cell text recently seen in a file, so the practice code or register
/// repeated on thousands of rows is allocated once rather than on every row.
/// </summary>
/// <remarks>
/// A fixed table indexed by the text's hash: a clash replaces the older entry, so memory stays bounded whatever the
/// file holds, and a miss costs only the allocation it would have cost anyway. One pool per file read (not shared
/// between threads). Longer cells (names, addresses) are mostly unique and are not pooled.
/// </remarks>
internal sealed class CellPool
{
    private const int Slots = 4096;
    private const int LongestPooled = 32;

    private readonly string?[] _entries = new string?[Slots];

    /// <summary>The text of <paramref name="length"/> characters at <paramref name="offset"/>, as a (possibly shared) string.</summary>
    public string Create(char[] buffer, int offset, int length)
    {
        var text = buffer.AsSpan(offset, length);
        if (length == 0)
        {
            return string.Empty;
        }

        if (length > LongestPooled)
        {
            return new string(text);
        }

        var slot = Hash(text) & (Slots - 1);
        if (_entries[slot] is { } known && text.SequenceEqual(known))
        {
            return known;
        }

        var created = new string(text);
        _entries[slot] = created;
        return created;
    }

    // FNV-1a: cheap, and good enough to spread short codes over the table (a clash only costs an allocation).
    private static int Hash(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }
}
