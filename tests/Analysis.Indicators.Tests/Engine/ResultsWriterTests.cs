using System.Globalization;
using System.Text.Json;
using Analysis.Indicators.Tests.Engine.Support;
using static Analysis.Indicators.Tests.Engine.Support.TestPanels;

namespace Analysis.Indicators.Tests.Engine;

public sealed class ResultsWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("engine-results-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static IndicatorResults Results() => new IndicatorEngine().Run(
        OneYear(new PracticeSpec("X00001", "QAA", 6000m, 3.5m), new PracticeSpec("X00002", "QAA", 4000m, null, HasWorkforce: false)),
        [Definitions.GpRate().Build()],
        Level.Practice);

    [Fact]
    public void Csv_is_invariant_whatever_the_current_culture_with_blanks_for_no_value()
    {
        var path = Path.Combine(_folder, "values.csv");
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Results().WriteCsv(path);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        var lines = File.ReadAllLines(path);
        Assert.StartsWith("indicator_id,level,area_code,area_name,period,numerator,denominator,expected,value,lower,upper,england,comparison,suppressed,practices", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("WF01,Practice,X00001,PRACTICE X00001,2023-03,3.5,6000,,5.83333333333333,1.408", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("WF01,Practice,X00002,PRACTICE X00002,2023-03,,,,,,,5.83333333333333,,false,0,0,1,", lines[2], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Empty(Directory.GetFiles(_folder, "*.partial", SearchOption.AllDirectories).Concat(Directory.GetFiles(_folder, ".*")));
    }

    [Fact]
    public void Json_holds_the_options_metadata_coverage_and_values()
    {
        var path = Path.Combine(_folder, "results.json");

        Results().WriteJson(path);

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        Assert.Equal("Practice", root.GetProperty("level").GetString());
        Assert.Equal(5, root.GetProperty("options").GetProperty("suppressBelow").GetDouble());
        Assert.Equal("Rate", root.GetProperty("indicators")[0].GetProperty("valueType").GetString());
        var missing = root.GetProperty("coverage")[0].GetProperty("missing")[0];
        Assert.Equal(("no workforce record", 1), (missing.GetProperty("reason").GetString(), missing.GetProperty("rows").GetInt32()));
        var values = root.GetProperty("values");
        Assert.Equal(3.5, values[0].GetProperty("numerator").GetDouble());
        Assert.Equal(JsonValueKind.Null, values[1].GetProperty("value").ValueKind);
    }

    [Fact]
    public void Coverage_csv_has_a_row_per_reason()
    {
        var path = Path.Combine(_folder, "coverage.csv");

        Results().WriteCoverageCsv(path);

        Assert.Equal(
            ["indicator_id,periods,kind,reason,rows", "WF01,2023-03,in period,,2", "WF01,2023-03,used,,1", "WF01,2023-03,without area,,0", "WF01,2023-03,missing,no workforce record,1"],
            File.ReadAllLines(path));
    }

    [Fact]
    public void A_failed_write_leaves_the_previous_file_and_no_temporary_file()
    {
        var path = Path.Combine(_folder, "values.csv");
        File.WriteAllText(path, "before");
        var results = Results() with { Values = [null!] };

        Assert.ThrowsAny<Exception>(() => results.WriteCsv(path));

        Assert.Equal("before", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_folder));
    }
}
