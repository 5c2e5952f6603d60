namespace Analysis.Data.Reading;

/// <summary>The keys of the rows read so far in one file, with the line where each owner was first seen.</summary>
internal sealed class RowKeys
{
    private readonly Dictionary<string, (int FirstLine, UInt128 Slots)> _owners = new(StringComparer.Ordinal);

    /// <summary>Records the key; returns the line of the owner's first row when the key was already seen, else null.</summary>
    public int? Repeat(RowKey key, int line)
    {
        if (key.Slot is < 0 or > 127)
        {
            throw new ArgumentOutOfRangeException(nameof(key), key.Slot, "a row key's slot must be from 0 to 127");
        }

        var bit = UInt128.One << key.Slot;
        if (_owners.TryGetValue(key.Owner, out var seen))
        {
            if ((seen.Slots & bit) != UInt128.Zero)
            {
                return seen.FirstLine;
            }

            _owners[key.Owner] = (seen.FirstLine, seen.Slots | bit);
            return null;
        }

        _owners[key.Owner] = (line, bit);
        return null;
    }
}
