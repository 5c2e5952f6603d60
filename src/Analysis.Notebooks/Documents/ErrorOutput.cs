using System.Collections.Immutable;

namespace Analysis.Notebooks.Documents;

/// <summary>A cell's failure: a compile error or an exception, with the kernel's name and message and the trace lines.</summary>
public sealed record ErrorOutput(string Name, string Value, ImmutableArray<string> Traceback) : CellOutput
{
    /// <summary>An error whose trace is its message split into lines, as the .NET kernel stores it.</summary>
    public static ErrorOutput Of(string value) =>
        new("Error", value, [.. value.Split('\n').Select(line => line.TrimEnd('\r'))]);
}
