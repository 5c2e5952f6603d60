namespace Analysis.Data.Reading;

/// <summary>
/// Compares published header names the way a person would: ignoring case, a BOM, surrounding and
/// repeated whitespace (including line feeds inside quoted headers), and footnote digits stuck to the end.
/// </summary>
internal static class HeaderText
{
    public static string Normalise(string header)
    {
        var chars = new System.Text.StringBuilder(header.Length);
        var pendingSpace = false;
        foreach (var c in header)
        {
            if (c == '\uFEFF')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = chars.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                chars.Append(' ');
                pendingSpace = false;
            }

            chars.Append(char.ToUpperInvariant(c));
        }

        return chars.ToString();
    }

    /// <summary>True when the header is the expected name followed only by footnote digits.</summary>
    public static bool IsFootnoted(string normalisedHeader, string normalisedExpected) =>
        normalisedHeader.Length > normalisedExpected.Length
        && normalisedHeader.StartsWith(normalisedExpected, StringComparison.Ordinal)
        && normalisedHeader.AsSpan(normalisedExpected.Length).TrimStart(' ') is { Length: > 0 and <= 2 } rest
        && rest.ContainsOnlyDigits();

    private static bool ContainsOnlyDigits(this ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
