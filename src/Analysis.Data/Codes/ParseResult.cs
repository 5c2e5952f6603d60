namespace Analysis.Data.Codes;

/// <summary>The outcome of parsing text into a value: the value, or a message saying what was expected.</summary>
/// <typeparam name="T">The type parsed.</typeparam>
public readonly struct ParseResult<T>
{
    private readonly T _value;

    private ParseResult(T value, string? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>True when the text parsed.</summary>
    public bool Success => Error is null;

    /// <summary>What was wrong with the text, or null on success.</summary>
    public string? Error { get; }

    /// <summary>The parsed value; throws <see cref="FormatException"/> when parsing failed.</summary>
    public T Value => Success ? _value : throw new FormatException(Error);

    /// <summary>Gets the value when parsing succeeded.</summary>
    public bool TryGetValue(out T value)
    {
        value = _value;
        return Success;
    }

    internal static ParseResult<T> Ok(T value) => new(value, null);

    internal static ParseResult<T> Fail(string error) => new(default!, error);
}
