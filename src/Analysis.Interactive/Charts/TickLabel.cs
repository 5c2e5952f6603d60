namespace Analysis.Interactive;

/// <summary>
/// An area's name as an axis label: without the "NHS " and " ICB" that every ICB's name carries, which take a
/// third of the room a rotated label hangs below the axis and tell the reader nothing (hover text keeps the full name).
/// </summary>
internal static class TickLabel
{
    public static string Of(string name, string code)
    {
        if (name.Length == 0)
        {
            return code;
        }

        var label = name.StartsWith("NHS ", StringComparison.Ordinal) ? name[4..] : name;
        label = label.EndsWith(" ICB", StringComparison.Ordinal) ? label[..^4] : label;
        return label.Length == 0 ? name : label;
    }
}
