namespace Analysis.Notebooks.Documents;

/// <summary>One representation of a displayed value: its MIME type and its text (JSON text for JSON types).</summary>
public readonly record struct MimeValue(string MimeType, string Content)
{
    /// <summary>True for <c>application/json</c> and <c>application/*+json</c>, which notebooks store as JSON values rather than text.</summary>
    public bool IsJson => IsJsonType(MimeType);

    internal static bool IsJsonType(string mimeType) =>
        mimeType.StartsWith("application/", StringComparison.Ordinal)
        && (mimeType.EndsWith("/json", StringComparison.Ordinal) || mimeType.EndsWith("+json", StringComparison.Ordinal));
}
