using System.Text.Json;
using Analysis.Data.Reading;

namespace Analysis.Data.Tests.Corpus;

/// <summary>
/// Every file of tests/corpus/bad-data is read as cases.json says: a located DataFormatException, or a read whose
/// every data row is read, skipped or rejected with located issues. Any other exception fails the case.
/// </summary>
public sealed class BadDataCorpusTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "corpus", "bad-data");

    private static readonly Lazy<IReadOnlyDictionary<string, CorpusCase>> Manifest = new(() =>
        JsonSerializer.Deserialize<CorpusManifest>(File.ReadAllText(Path.Combine(Root, "cases.json")), new JsonSerializerOptions(JsonSerializerDefaults.Web))!
            .Cases.ToDictionary(c => c.File, StringComparer.Ordinal));

    public static TheoryData<string> Cases() => new(Manifest.Value.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_bad_file_gives_its_documented_error_or_counted_rejections(string file)
    {
        var @case = Manifest.Value[file];
        var path = Path.Combine(Root, file);
        var options = new ReaderOptions { Period = @case.Period };

        if (@case.Error is { } expected)
        {
            var error = Assert.Throws<DataFormatException>(() => NhsFile.ReadAny(path, options));
            Assert.Equal(path, error.Path);
            Assert.Equal(expected.Line, error.Line);
            Assert.Equal(expected.Column, error.Column);
            Assert.StartsWith(Located(path, expected.Line, expected.Column), error.Message, StringComparison.Ordinal);
            Assert.Contains("expected", error.Message, StringComparison.OrdinalIgnoreCase);
            Assert.All(expected.Contains, text => Assert.Contains(text, error.Message, StringComparison.Ordinal));
            return;
        }

        var read = @case.Read ?? throw new InvalidOperationException($"{file}: the manifest gives neither an error nor a read");
        var (rows, report) = NhsFile.ReadAny(path, options);

        Assert.Equal((read.Kind, read.DataRows), (report.Kind.ToString(), report.DataRows));
        Assert.Equal(report.DataRows, report.RowsRead + report.Skipped.Values.Sum() + report.RowsRejected);
        Assert.Equal((read.RowsRead, read.Rejected), (report.RowsRead, report.RowsRejected));
        Assert.Equal(report.RowsRead, rows.Count);
        Assert.Equal(read.Skipped.OrderBy(p => p.Key, StringComparer.Ordinal), report.Skipped.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(read.IssueCount, report.IssueCount);
        Assert.Equal(report.RowsRejected, report.Issues.Select(i => i.Line).Distinct().Count());
        for (var i = 0; i < read.Issues.Count; i++)
        {
            var (want, got) = (read.Issues[i], report.Issues[i]);
            Assert.Equal((want.Line, want.Column, want.Code), (got.Line, got.Column, got.Code.ToString()));
            Assert.Equal(path, got.Path);
            Assert.Contains(want.Contains ?? string.Empty, got.Message, StringComparison.Ordinal);
        }

        if (read.Encoding is { } encoding)
        {
            Assert.Equal(encoding, report.Encoding);
        }

        Assert.All(read.Unmapped ?? [], column => Assert.Contains(column, report.UnmappedColumns));
        AssertStrictStopsAtTheFirstIssue(path, options, report);
        AssertInspectionCountsTheSame(path, options, report);
    }

    [Fact]
    public void Every_corpus_file_has_a_case_and_a_row_in_the_readme_table()
    {
        var files = Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(f => f is not ("cases.json" or "README.md" or ".gitattributes"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));

        Assert.Equal(files, Manifest.Value.Keys.Order(StringComparer.Ordinal));
        Assert.True(files.Count >= 40, $"the corpus has {files.Count} files; the issue asks for at least 40");
        Assert.All(files, f => Assert.Contains($"| `{f}` |", readme, StringComparison.Ordinal));
    }

    private static void AssertStrictStopsAtTheFirstIssue(string path, ReaderOptions options, ReadReport report)
    {
        if (report.Issues.Count == 0)
        {
            return;
        }

        var first = report.Issues[0];
        var error = Assert.Throws<DataFormatException>(() => NhsFile.ReadAny(path, options with { Strict = true }));
        Assert.Equal((first.Line, first.Column), (error.Line, error.Column));
        Assert.Contains(first.Code.ToString(), error.Message, StringComparison.Ordinal);
    }

    private static void AssertInspectionCountsTheSame(string path, ReaderOptions options, ReadReport report)
    {
        var inspected = NhsFile.Inspect(path, options);
        Assert.Equal(
            (report.DataRows, report.RowsRead, report.RowsRejected, report.IssueCount),
            (inspected.DataRows, inspected.RowsRead, inspected.RowsRejected, inspected.IssueCount));
    }

    private static string Located(string path, int line, string? column) =>
        column is null ? $"{path}({line}): " : $"{path}({line}): column {column}: ";
}
