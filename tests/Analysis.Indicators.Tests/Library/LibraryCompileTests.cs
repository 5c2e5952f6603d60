using System.Text.RegularExpressions;

namespace Analysis.Indicators.Tests.Library;

public sealed partial class LibraryCompileTests(LibraryFolder library) : IClassFixture<LibraryFolder>
{
    private static readonly string[] Folders = ["access", "context", "quality", "shortfall", "workforce"];

    [Fact]
    public void The_library_compiles_and_lints_without_a_single_diagnostic()
    {
        Assert.Empty(library.Result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(Directory.GetFiles(LibraryFolder.Path, "*.csx", SearchOption.AllDirectories).Length, library.Result.Scripts);
    }

    [Fact]
    public void Every_script_defines_exactly_one_indicator_and_ids_are_unique()
    {
        var scripts = Directory.GetFiles(LibraryFolder.Path, "*.csx", SearchOption.AllDirectories);

        Assert.True(library.Indicators.Count >= 22, $"only {library.Indicators.Count} indicators");
        Assert.Equal(scripts.Order(StringComparer.Ordinal), library.Indicators.Select(d => d.Source.Path).Order(StringComparer.Ordinal));
        Assert.Equal(library.Indicators.Count, library.Indicators.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Scripts_sit_in_the_domain_folders_and_their_file_names_start_with_their_id()
    {
        foreach (var d in library.Indicators)
        {
            var folder = Path.GetFileName(Path.GetDirectoryName(d.Source.Path));
            Assert.Contains(folder, Folders);
            Assert.StartsWith(d.Id.ToLowerInvariant() + "-", Path.GetFileName(d.Source.Path), StringComparison.Ordinal);
            Assert.Equal(FolderOf(d.Domain!.Value), folder);
        }
    }

    [Fact]
    public void Every_domain_is_covered()
    {
        Assert.Equal(Enum.GetValues<Domain>(), library.Indicators.Select(d => d.Domain!.Value).Distinct().Order());
        Assert.All(Folders, f => Assert.NotEmpty(Directory.GetFiles(Path.Combine(LibraryFolder.Path, f), "*.csx")));
    }

    [Fact]
    public void The_brief_s_core_measures_have_the_value_type_and_polarity_they_need()
    {
        var byId = library.Indicators.ToDictionary(d => d.Id, StringComparer.Ordinal);

        Assert.Equal((IndicatorValueType.Rate, 10_000d, Polarity.HigherIsBetter), Kind(byId["WF01"]));
        Assert.Equal((IndicatorValueType.Ratio, 1d, Polarity.LowerIsBetter), Kind(byId["WF03"]));
        Assert.Equal((IndicatorValueType.Proportion, 100d, Polarity.LowerIsBetter), Kind(byId["WF05"]));
        Assert.Equal((IndicatorValueType.Mean, 1d, Polarity.HigherIsBetter), Kind(byId["QOF01"]));
        Assert.Equal((IndicatorValueType.Proportion, 100d, Polarity.HigherIsBetter), Kind(byId["GPPS01"]));
        Assert.Equal((IndicatorValueType.Mean, 1d, Polarity.NoJudgement), Kind(byId["CTX01"]));
        Assert.Equal(ShortfallTarget.EnglandRate, byId["SF01"].Target);
        Assert.Equal(ShortfallTarget.FixedRate(5.0, 10_000), byId["SF02"].Target);
        Assert.Equal(ShortfallTarget.EnglandRate, byId["SF03"].Target);
        Assert.Equal(ShortfallTarget.PercentileOfPractices(50), byId["SF04"].Target);
        Assert.All(library.Indicators.Where(d => d.ValueType == IndicatorValueType.Shortfall), d => Assert.Equal("FTE", d.Unit));
    }

    [Fact]
    public void Every_exclusion_gives_a_reason_and_one_reason_is_spelt_one_way()
    {
        var reasons = library.Indicators.SelectMany(d => d.Exclusions).Select(e => e.Reason).ToList();

        Assert.All(reasons, r => Assert.Matches(ReasonPattern(), r));
        Assert.Single(reasons.Where(r => r.StartsWith("list under 1,000", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal));
        Assert.Single(reasons.Where(r => r.StartsWith("no GP FTE recorded", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal));
    }

    [Fact]
    public void The_readme_lists_every_indicator_with_its_title()
    {
        var readme = File.ReadAllText(Path.Combine(LibraryFolder.Path, "README.md"));

        Assert.All(library.Indicators, d => Assert.Contains($"| {d.Id} | {d.Title} |", readme, StringComparison.Ordinal));
    }

    private static (IndicatorValueType, double, Polarity) Kind(IndicatorDefinition d) => (d.ValueType, d.Multiplier, d.Polarity);

    // Prevalence indicators are QOF registers, so they live with QOF achievement in quality/.
    private static string FolderOf(Domain domain) => domain switch
    {
        Domain.Prevalence => "quality",
        _ => domain.ToString().ToLowerInvariant(),
    };

    [GeneratedRegex("^[a-z].{10,}[a-z)']$", RegexOptions.CultureInvariant)]
    private static partial Regex ReasonPattern();
}
