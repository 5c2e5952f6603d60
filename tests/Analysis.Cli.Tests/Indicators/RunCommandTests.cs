using System.CommandLine;
using System.Text.Json;
using Analysis.Cli.Indicators;
using Analysis.Data.Panels;
using Analysis.Indicators;

namespace Analysis.Cli.Tests.Indicators;

public sealed class RunCommandTests(RunCommandFixture fixture) : IClassFixture<RunCommandFixture>
{
    private static readonly IndicatorDefinition GpRate =
        Define.Indicator("WF01", "Fully qualified GPs (FTE) per 10,000 weighted patients")
            .Rate(per: 10_000).Unit("per 10,000 weighted patients")
            .Numerator(p => p.Workforce!.QualifiedGpFte).Denominator(p => p.WeightedPatients)
            .Uses(PanelDataset.Workforce, PanelDataset.Payments).HigherIsBetter().Build();

    private static readonly IndicatorDefinition Shortfall =
        Define.Shortfall("SF01", "GP FTE shortfall against England").Unit("FTE")
            .Supply(p => p.Workforce!.QualifiedGpFte).Need(p => p.WeightedPatients).Target(ShortfallTarget.EnglandRate)
            .Uses(PanelDataset.Workforce, PanelDataset.Payments).Build();

    private readonly List<IReadOnlyList<string>> _compiled = [];

    [Fact]
    public void Values_are_written_as_csv_by_icb_for_each_indicator_s_latest_month_and_coverage_is_printed()
    {
        var csv = Path.Combine(fixture.Folder, "icb.csv");

        var (exit, output, error) = Run("indicators", "run", "indicators/", "--data", fixture.Data, "--out", csv);

        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Equal([["indicators/"]], _compiled);
        var lines = File.ReadAllLines(csv);
        Assert.StartsWith("indicator_id,level,area_code,area_name,period,", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.Matches("^(WF01|SF01),Icb,", l));
        Assert.Contains(lines, l => l.StartsWith("SF01,Icb,", StringComparison.Ordinal));
        Assert.Contains("2 indicator(s) by icb, each indicator's latest month with data:", output, StringComparison.Ordinal);
        Assert.Matches(@"WF01\s+2023-03\s+[\d,]+ of [\d,]+ practice-months used", output);
    }

    [Fact]
    public void All_months_at_england_level_as_json_is_a_time_series_with_coverage()
    {
        var json = Path.Combine(fixture.Folder, "england.json");

        var (exit, _, error) = Run("indicators", "run", "a.csx", "b.csx", "--data", fixture.Data, "--level", "england", "--period", "all", "--out", json);

        Assert.Equal((0, string.Empty), (exit, error));
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var values = document.RootElement.GetProperty("values").EnumerateArray().Where(v => v.GetProperty("indicatorId").GetString() == "WF01").ToList();
        Assert.True(values.Count >= 12, $"expected a monthly series, got {values.Count} months");
        Assert.Equal(values.Count, values.Select(v => v.GetProperty("period").GetString()).Distinct().Count());
        Assert.Equal("England", document.RootElement.GetProperty("level").GetString());
        Assert.Equal(values.Count, document.RootElement.GetProperty("coverage")[0].GetProperty("periods").GetArrayLength());
    }

    [Fact]
    public void A_month_can_be_asked_for_by_deprivation_decile()
    {
        var csv = Path.Combine(fixture.Folder, "deciles.csv");

        var (exit, _, _) = Run("indicators", "run", "x.csx", "--data", fixture.Data, "--level", "imd-decile", "--period", "2022-06", "--out", csv);

        Assert.Equal(0, exit);
        var rows = File.ReadAllLines(csv).Skip(1).Where(l => l.StartsWith("WF01,", StringComparison.Ordinal)).ToList();
        Assert.Equal(10, rows.Count);
        Assert.All(rows, r => Assert.Contains(",DeprivationDecile,", r, StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Contains(",2022-06,", r, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--level", "ward", "--level: 'ward' is not a level")]
    [InlineData("--period", "June", "--period: 'June' is not latest, all or a month as yyyy-MM")]
    [InlineData("--out", "values.txt", "--out: 'values.txt' should end in .csv or .json")]
    public void A_nonsense_option_is_a_usage_error(string option, string value, string message)
    {
        string[] output = option == "--out" ? [] : ["--out", Path.Combine(fixture.Folder, "x.csv")];
        string[] args = ["indicators", "run", "x.csx", "--data", fixture.Data, .. output, option, value];

        var (exit, _, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_script_path_that_does_not_exist_is_a_usage_error_naming_it()
    {
        var error = new StringWriter();

        var exit = AnalysisCommand.Run(["indicators", "run", "no-such-script.csx", "--out", "x.csv"], new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("no-such-script.csx", error.ToString(), StringComparison.Ordinal);
    }

    private (int Exit, string Output, string Error) Run(params string[] args)
    {
        var context = new CliContext(new StringWriter(), new StringWriter());
        var root = new RootCommand
        {
            new Command("indicators")
            {
                RunCommand.Create(context, paths =>
                {
                    _compiled.Add(paths);
                    return [GpRate, Shortfall];
                }),
            },
        };
        return Invoke(root, context, args);
    }

    // As AnalysisCommand does: parse errors and usage errors are exit 2 with a message on standard error.
    private static (int Exit, string Output, string Error) Invoke(RootCommand root, CliContext context, string[] args)
    {
        var parsed = root.Parse(args);
        int exit;
        if (parsed.Errors.Count > 0)
        {
            exit = 2;
            context.Error.WriteLine(string.Join(Environment.NewLine, parsed.Errors.Select(e => "error: " + e.Message)));
        }
        else
        {
            try
            {
                exit = parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
            }
            catch (UsageException e)
            {
                context.Error.WriteLine("error: " + e.Message);
                exit = 2;
            }
        }

        return (exit, context.Out.ToString()!, context.Error.ToString()!);
    }
}
