using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Analysis.Notebooks.Comparison;

/// <summary>
/// What changes from run to run without the analysis changing, scrubbed before every comparison: line endings,
/// the formatter's constant style block, GUIDs, <c>#!time</c>'s wall time, dates and times, <c>Submission#N</c>
/// numbers in stack traces, and absolute paths.
/// </summary>
public static class BuiltInScrubbers
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    /// <summary>The built-in scrubbers in the order they apply.</summary>
    public static ImmutableArray<Scrubber> All { get; } =
    [
        new("line endings", new Regex(@"\r\n?", Options), "\n"),
        new("formatter style block", new Regex(@"<style>\s*\.dni-code-hint[\s\S]*?</style>", Options), ""),
        new("GUIDs", new Regex(@"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b", Options), "GUID"),
        new("Plotly.NET render ids", new Regex(@"(?<=renderPlotly_)[0-9a-f]{32}\b", Options), "GUID"),
        new("wall time", new Regex(@"Wall time: [0-9.,]+\s*m?s", Options), "Wall time: WALLTIME"),
        new("date and time", new Regex(@"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?", Options), "DATETIME"),
        new("dates", new Regex(@"\b(\d{4}-\d{2}-\d{2}|\d{2}/\d{2}/\d{4})\b", Options), "DATE"),
        new("times", new Regex(@"\b\d{2}:\d{2}:\d{2}(\.\d+)?\b", Options), "TIME"),
        new("submission numbers", new Regex(@"Submission#\d+", Options), "Submission#N"),
        new("absolute paths", new Regex(@"(?<![\w.~:/\\-])/(?:[\w.@+-]+/)+[\w.@+#-]*|\b[A-Za-z]:\\(?:[^\\\s""'<>:|*?]+\\)*[^\\\s""'<>:|*?]*", Options), "PATH"),
    ];
}
