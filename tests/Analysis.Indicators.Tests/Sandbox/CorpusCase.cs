using System.Text.RegularExpressions;
using Analysis.Testing;

namespace Analysis.Indicators.Tests.Sandbox;

/// <summary>
/// One script of <c>tests/corpus/hostile-scripts/</c> with what its header says must happen to it: the diagnostics
/// that reject it (ID, line, text the message names), or the outcome that contains it.
/// </summary>
internal sealed partial record CorpusCase(string File, string Route, IReadOnlyList<CorpusExpectation> Rejections, string? Contained)
{
    public static string Folder { get; } = System.IO.Path.Combine(SharedData.RepoRoot, "tests", "corpus", "hostile-scripts");

    public string Path => System.IO.Path.Combine(Folder, File);

    public static IReadOnlyList<CorpusCase> All { get; } = [.. Directory.EnumerateFiles(Folder, "*.csx").Order(StringComparer.Ordinal).Select(Read)];

    public static CorpusCase Named(string file) => All.Single(c => c.File == file);

    private static CorpusCase Read(string path)
    {
        var header = System.IO.File.ReadLines(path).TakeWhile(l => l.StartsWith("// ", StringComparison.Ordinal)).ToList();
        var route = header.Select(l => RouteLine().Match(l)).Single(m => m.Success).Groups[1].Value;
        var rejections = header.Select(l => RejectionLine().Match(l)).Where(m => m.Success)
            .Select(m => new CorpusExpectation(m.Groups[1].Value, int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[3].Value))
            .ToList();
        var contained = header.Select(l => ContainedLine().Match(l)).SingleOrDefault(m => m.Success)?.Groups[1].Value;
        return new CorpusCase(System.IO.Path.GetFileName(path), route, rejections, contained);
    }

    [GeneratedRegex("^// Route: (.+)$")]
    private static partial Regex RouteLine();

    [GeneratedRegex(@"^// Expect: (IND\d{3}|CS\d{4}) line (\d+) (.+)$")]
    private static partial Regex RejectionLine();

    [GeneratedRegex(@"^// Expect: contained (\S+)$")]
    private static partial Regex ContainedLine();
}
