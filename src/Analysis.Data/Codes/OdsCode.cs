namespace Analysis.Data.Codes;

/// <summary>
/// A GP practice's Organisation Data Service code: one letter then five digits (for example <c>A81001</c>).
/// </summary>
/// <remarks>
/// Only practice codes are <see cref="OdsCode"/>s; PCN, sub-ICB, ICB and region codes are area codes
/// (see <see cref="Geography.Area"/>). Lower-case input is accepted and stored upper-case.
/// </remarks>
public readonly record struct OdsCode : IComparable<OdsCode>
{
    private readonly string? _value;

    private OdsCode(string value) => _value = value;

    /// <summary>The code as published, for example <c>A81001</c>.</summary>
    public string Value => _value ?? "A00000";

    /// <summary>Parses a practice code, trimming surrounding spaces.</summary>
    public static ParseResult<OdsCode> Parse(ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        if (t.Length != 6 || !char.IsAsciiLetter(t[0]))
        {
            return ParseResult<OdsCode>.Fail($"expected a practice code (one letter and five digits), found '{t}'");
        }

        foreach (var c in t[1..])
        {
            if (!char.IsAsciiDigit(c))
            {
                return ParseResult<OdsCode>.Fail($"expected a practice code (one letter and five digits), found '{t}'");
            }
        }

        Span<char> upper = stackalloc char[6];
        t.ToUpperInvariant(upper);
        return ParseResult<OdsCode>.Ok(new OdsCode(new string(upper)));
    }

    /// <summary>Parses a practice code, throwing <see cref="FormatException"/> when it is not one.</summary>
    public static OdsCode From(string text) => Parse(text).Value;

    /// <summary>True when the text is a practice code.</summary>
    public static bool IsValid(ReadOnlySpan<char> text) => Parse(text).Success;

    /// <inheritdoc />
    public int CompareTo(OdsCode other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
