using System.Collections.Immutable;

namespace Analysis.Notebooks.Documents;

/// <summary>
/// A displayed value in one or more representations (<c>display_data</c>, or <c>execute_result</c> when
/// <see cref="IsResult"/> is set and a Jupyter front end stored a cell's return value).
/// </summary>
public sealed record DisplayOutput(ImmutableArray<MimeValue> Data, bool IsResult = false, int? ExecutionCount = null) : CellOutput
{
    /// <summary>The representation of the given MIME type, if the value has one.</summary>
    public string? this[string mimeType] => Data.FirstOrDefault(d => d.MimeType == mimeType).Content;

    /// <summary>A displayed value with a single representation.</summary>
    public static DisplayOutput Of(string mimeType, string content) => new([new MimeValue(mimeType, content)]);
}
