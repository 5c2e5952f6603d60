using System.Text.RegularExpressions;
using Analysis.Cli.Tests.Indicators;
using Analysis.Cli.Tests.Support;
using Analysis.Testing;

namespace Analysis.Cli.Tests.Isolation;

/// <summary>
/// The whole hostile corpus and one good script through <c>indicators run --isolate</c> in one host run: every
/// script is rejected or contained as its header says, the host survives, and the good script's values are written.
/// </summary>
public sealed partial class HostileCorpusRunTests(RunCommandFixture fixture) : IClassFixture<RunCommandFixture>
{
    private static readonly string Corpus = Path.Combine(SharedData.RepoRoot, "tests", "corpus", "hostile-scripts");
    private static readonly string Good = Path.Combine(SharedData.RepoRoot, "indicators", "workforce", "wf01-qualified-gp-fte-per-10k-weighted.csx");

    [Fact]
    public void The_host_survives_the_whole_corpus_and_still_writes_the_good_scripts_values()
    {
        var output = Path.Combine(fixture.Folder, "hostile.csv");

        var (exit, stdout, stderr) = AnalysisCli.Run(
            "indicators", "run", Corpus, Good, "--isolate", "--time-limit", "15", "--memory-limit", "1536", "--data", fixture.Data, "--out", output);

        Assert.Equal(1, exit); // some scripts failed, and said so
        var cases = Directory.EnumerateFiles(Corpus, "*.csx").Order(StringComparer.Ordinal).ToList();
        Assert.True(cases.Count >= 40);
        var errors = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var script in cases)
        {
            var mine = errors.Where(e => e.StartsWith(script + "(", StringComparison.Ordinal)).ToList();
            var header = File.ReadLines(script).TakeWhile(l => l.StartsWith("// ", StringComparison.Ordinal)).ToList();
            foreach (var rejection in header.Select(l => Rejection().Match(l)).Where(m => m.Success))
            {
                var (id, line, names) = (rejection.Groups[1].Value, rejection.Groups[2].Value, rejection.Groups[3].Value);
                Assert.True(
                    mine.Any(e => e.StartsWith($"{script}({line},", StringComparison.Ordinal) && e.Contains($": error {id}: ", StringComparison.Ordinal) && e.Contains(names, StringComparison.OrdinalIgnoreCase)),
                    $"{Path.GetFileName(script)}: expected {id} at line {line} naming '{names}'; got:{Environment.NewLine}{string.Join(Environment.NewLine, mine)}");
            }

            if (header.Select(l => Containment().Match(l)).SingleOrDefault(m => m.Success)?.Groups[1].Value is { } contained)
            {
                AssertContained(Path.GetFileName(script), contained, mine, stdout);
            }
        }

        // The good script: no error, and its values by ICB in the file beside the hostile scripts' blanks.
        Assert.DoesNotContain(errors, e => e.StartsWith(Good, StringComparison.Ordinal));
        var rows = File.ReadAllLines(output).Where(l => l.StartsWith("WF01,Icb,", StringComparison.Ordinal)).ToList();
        Assert.Equal(42, rows.Count); // one per ICB of the sample
        Assert.True(rows.Count(r => ValueRow().IsMatch(r)) >= 20, string.Join(Environment.NewLine, rows));

        // One bad script costs one worker: the first, plus one per script that ended its worker (time limit or crash).
        // (a script out of memory inside its worker throws there and the worker carries on; one stopped at the limit does not).
        var ended = errors.Count(e => e.Contains(": error IND130: ", StringComparison.Ordinal) || e.Contains(": error IND132: ", StringComparison.Ordinal)
            || (e.Contains(": error IND131: ", StringComparison.Ordinal) && e.Contains("the memory limit of", StringComparison.Ordinal)));
        // Every hostile script fails but those the engine contains by leaving them without values.
        var valueless = cases.Count(c => File.ReadLines(c).Contains("// Expect: contained no-values"));
        Assert.Matches($@"isolated: {cases.Count + 1} script\(s\), {cases.Count - valueless} failed; {ended + 1} worker process\(es\)", stdout);
    }

    private static void AssertContained(string file, string contained, IReadOnlyList<string> errors, string stdout)
    {
        if (contained == "no-values")
        {
            // The engine counts each failing row as missing: the indicator has no values, and nothing else failed.
            Assert.Empty(errors);
            var id = "HS" + file[..2];
            Assert.Matches($@"{id}\s+\S+\s+0 of [\d,]+ practice-months used; could not evaluate ", stdout);
            return;
        }

        var error = Assert.Single(errors);
        Assert.Contains($": error {contained}: ", error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^// Expect: (IND\d{3}|CS\d{4}) line (\d+) (.+)$")]
    private static partial Regex Rejection();

    [GeneratedRegex(@"^WF01,Icb,\w+,[^,]+,\d{4}-\d{2},[\d.]+,[\d.]+,,[\d.]+,")]
    private static partial Regex ValueRow();

    [GeneratedRegex(@"^// Expect: contained (\S+)$")]
    private static partial Regex Containment();
}
