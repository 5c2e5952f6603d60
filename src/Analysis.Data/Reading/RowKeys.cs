namespace Analysis.Data.Reading;

/// <summary>The keys of the rows read so far in one file, with the line where each owner was first seen.</summary>
internal sealed class RowKeys
{
    private readonly Dictionary<(string Owner, int Scope), (int FirstLine, UInt128 Slots)> _owners = [];

    /// <summary>Records the key; returns the line of the owner's first row when the key was already seen, else null.</summary>
    public int? Repeat(RowKey key, int line)
    {
        if (key.Slot is < 0 or > 127)
        {
            throw new ArgumentOutOfRangeException(nameof(key), key.Slot, "a row key's slot must be from 0 to 127");
        }

        var bit = UInt128.One << key.Slot;
        var owner = (key.Owner, key.Scope);
        if (_owners.TryGetValue(owner, out var seen))
        {
            if ((seen.Slots & bit) != UInt128.Zero)
            {
                return seen.FirstLine;
            }

            _owners[owner] = (seen.FirstLine, seen.Slots | bit);
            return null;
        }

        _owners[owner] = (line, bit);
        return null;
    }
}
