namespace Analysis.Data.Reading;

/// <summary>The keys of the rows read so far in one file, with the line where each owner (or each key) was first seen.</summary>
/// <param name="lineOfEachKey">
/// True to answer a repeat with the line of the key's own first row (kept per slot, for owners with several);
/// false to answer with the line of the owner's first row, which costs no more than one entry per owner.
/// </param>
internal sealed class RowKeys(bool lineOfEachKey = false)
{
    private readonly Dictionary<(string Owner, int Scope), (int FirstLine, UInt128 Slots, int[]? Lines)> _owners = [];

    /// <summary>Records the key; returns the line where it (or its owner) was first seen when the key was already seen, else null.</summary>
    public int? Repeat(RowKey key, int line)
    {
        if (key.Slot is < 0 or > 127)
        {
            throw new ArgumentOutOfRangeException(nameof(key), key.Slot, "a row key's slot must be from 0 to 127");
        }

        var bit = UInt128.One << key.Slot;
        var owner = (key.Owner, key.Scope);
        ref var seen = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_owners, owner, out var exists);
        if (!exists)
        {
            seen = (line, bit, null);
            Remember(ref seen, key.Slot, line);
            return null;
        }

        if ((seen.Slots & bit) != UInt128.Zero)
        {
            return lineOfEachKey && seen.Lines is { } lines ? lines[key.Slot] : seen.FirstLine;
        }

        seen.Slots |= bit;
        Remember(ref seen, key.Slot, line);
        return null;
    }

    // Only keys beyond slot 0 need a line of their own: slot 0 alone is the owner's first line.
    private void Remember(ref (int FirstLine, UInt128 Slots, int[]? Lines) seen, int slot, int line)
    {
        if (!lineOfEachKey || (slot == 0 && seen.Lines is null))
        {
            return;
        }

        if (seen.Lines is null)
        {
            seen.Lines = new int[Math.Max(slot + 1, 32)];
            if ((seen.Slots & UInt128.One) != UInt128.Zero)
            {
                seen.Lines[0] = seen.FirstLine;
            }
        }
        else if (seen.Lines.Length <= slot)
        {
            Array.Resize(ref seen.Lines, 128);
        }

        seen.Lines[slot] = line;
    }
}
