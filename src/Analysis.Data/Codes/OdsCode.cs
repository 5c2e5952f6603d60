using System.Globalization;

namespace Analysis.Data.Codes;

/// <summary>
/// A GP practice's Organisation Data Service code: one letter then five digits (for example <c>A81001</c>).
/// </summary>
/// <remarks>
/// Only practice codes are <see cref="OdsCode"/>s; PCN, sub-ICB, ICB and region codes are area codes
/// (see <see cref="Geography.Area"/>). Lower-case input is accepted and stored upper-case. The code is
/// held as one number (letter and digits packed), because panels hash and compare millions of them.
/// </remarks>
public readonly record struct OdsCode : IComparable<OdsCode>
{
    // (letter − 'A') × 100,000 + digits: ordering the numbers orders the codes as text would.
    private readonly int _packed;

    private OdsCode(int packed) => _packed = packed;

    // The code as one number (distinct codes, distinct numbers), for keys that should not build a string per row.
    internal int Packed => _packed;

    /// <summary>The code as published, for example <c>A81001</c>.</summary>
    public string Value => string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + (_packed / 100_000))}{_packed % 100_000:D5}");

    /// <summary>Parses a practice code, trimming surrounding spaces.</summary>
    public static ParseResult<OdsCode> Parse(ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        if (t.Length != 6 || !char.IsAsciiLetter(t[0]) || !int.TryParse(t[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var digits))
        {
            return ParseResult<OdsCode>.Fail($"expected a practice code (one letter and five digits), found '{t}'");
        }

        return ParseResult<OdsCode>.Ok(new OdsCode(((char.ToUpperInvariant(t[0]) - 'A') * 100_000) + digits));
    }

    /// <summary>Parses a practice code, throwing <see cref="FormatException"/> when it is not one.</summary>
    public static OdsCode From(string text) => Parse(text).Value;

    /// <summary>True when the text is a practice code.</summary>
    public static bool IsValid(ReadOnlySpan<char> text) => Parse(text).Success;

    /// <inheritdoc />
    public int CompareTo(OdsCode other) => _packed.CompareTo(other._packed);

    /// <inheritdoc />
    public override string ToString() => Value;
}
