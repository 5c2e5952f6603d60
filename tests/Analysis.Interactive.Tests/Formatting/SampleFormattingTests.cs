using System.Globalization;
using System.Text.RegularExpressions;
using Analysis.Interactive.Tests.Support;
using Microsoft.DotNet.Interactive.Formatting;

namespace Analysis.Interactive.Tests.Formatting;

/// <summary>The sample's panel, coverage and results as a notebook shows them: their size and first rows, never every row.</summary>
[Collection(FormattingCollection.Name)]
public sealed class SampleFormattingTests
{
    private readonly SampleResults _sample;

    public SampleFormattingTests(SampleResults sample)
    {
        _sample = sample;
        Formatters.Register();
    }

    [Fact]
    public void The_panel_shows_its_size_dataset_coverage_and_ten_rows()
    {
        var panel = _sample.Panel;
        var html = panel.ToDisplayString("text/html");

        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Panel: {panel.Rows.Count:#,0} practice-months, {panel.Practices.Count():#,0} practices, {panel.First} to {panel.Last} ({panel.Last.MonthsSince(panel.First) + 1} months)"), html, StringComparison.Ordinal);
        Assert.Contains("<caption>Dataset coverage</caption>", html, StringComparison.Ordinal);
        Assert.Equal(panel.Coverage.Datasets.Count + 10, Regex.Count(html, "<tr><th scope=\"row\">"));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"… {panel.Rows.Count:#,0} rows in all; the first 10 shown"), html, StringComparison.Ordinal);
        Assert.True(html.Length < 20_000, $"{html.Length} characters");
    }

    [Fact]
    public void The_coverage_report_names_the_reasons_and_the_first_gaps()
    {
        var text = _sample.Panel.Coverage.ToDisplayString("text/plain");

        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"Coverage: {_sample.Panel.Coverage.Datasets.Count} datasets, {_sample.Panel.Coverage.Gaps.Count:#,0} gaps"), text, StringComparison.Ordinal);
        Assert.Contains("Workforce", text, StringComparison.Ordinal);
        Assert.Contains("First gaps", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Practice_results_summarise_every_indicator_in_one_row_each()
    {
        var results = _sample.Practices;
        var html = results.ToDisplayString("text/html");

        Assert.Equal(results.Indicators.Count, Regex.Count(html, "<tr><th scope=\"row\">"));
        Assert.Contains("<th scope=\"row\">WF01</th><td>Fully qualified GPs (FTE) per 10,000 weighted patients</td>", html, StringComparison.Ordinal);
        Assert.True(html.Length < 30_000, $"{html.Length} characters for {results.Values.Count} values");
    }

    [Fact]
    public void The_most_under_doctored_icbs_read_from_one_line()
    {
        var worst = _sample.Icbs.Table("SF01").Worst(5);
        var text = worst.ToDisplayString("text/plain");

        Assert.Equal(5, worst.Values.Count);
        Assert.True(worst.Values.All(v => v.Gap > 0), "the worst-ranked ICBs are short of GPs");
        Assert.Contains("short", text, StringComparison.Ordinal);
        Assert.Contains("ICBs, ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Loaded_data_lists_its_files()
    {
        var data = Analysis.Data.NhsData.Open(Analysis.Data.NhsData.Sample);
        var text = data.ToDisplayString("text/plain");

        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"NHS data: {data.Reports.Count} files read"), text, StringComparison.Ordinal);
        Assert.Contains("Payments", text, StringComparison.Ordinal);
    }
}
