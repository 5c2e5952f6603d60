using Analysis.Interactive.Tests.Support;
using Deedle;
using Microsoft.DotNet.Interactive.Formatting;

namespace Analysis.Interactive.Tests.Frames;

[Collection(FormattingCollection.Name)]
public sealed class FramesTests(SampleResults sample)
{
    [Fact]
    public void Values_become_one_row_each_with_missing_cells_where_a_value_is_null()
    {
        var frame = Results.FourPractices().ToFrame();

        Assert.Equal(4, frame.RowCount);
        Assert.Equal(27, frame.ColumnCount);
        Assert.Equal([10.0, 11.25, 20.0, 5.0], frame.GetColumn<double>("Value").Values);
        Assert.Equal("VeryHigh", frame.GetColumn<string>("Funnel").Get(2));
        Assert.Equal(new DateTime(2023, 3, 1), frame.GetColumn<DateTime>("Period").Get(0));
        Assert.False(frame.GetColumn<double>("Gap").TryGet(0).HasValue);
    }

    [Fact]
    public void Values_read_back_from_their_frame_are_the_same_values()
    {
        var values = Results.FourPractices().Values;

        Assert.Equal(values, values.ToFrame().ToIndicatorValues());
    }

    [Fact]
    public void A_filtered_sample_frame_reads_back_as_the_same_filtered_values()
    {
        var results = sample.Icbs;
        var frame = results.ToFrame();
        var sf01 = frame.Where(row => row.Value.GetAs<string>("Indicator") == "SF01");

        Assert.Equal(results.Values.Where(v => v.IndicatorId == "SF01"), sf01.ToIndicatorValues());
    }

    [Fact]
    public void A_frame_without_the_needed_columns_is_refused_naming_them()
    {
        var frame = Results.FourPractices().ToFrame();
        frame.DropColumn("AreaName");
        frame.DropColumn("Period");

        var error = Assert.Throws<ArgumentException>(() => frame.ToIndicatorValues());
        Assert.StartsWith("the frame has no column AreaName, Period; indicator values need Indicator, Level, AreaCode, AreaName, Period", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_that_cannot_be_read_is_named_by_row_and_column()
    {
        var frame = Results.FourPractices().ToFrame();
        frame.ReplaceColumn("Level", new Series<int, string>([0, 1, 2, 3], ["Practice", "Practice", "Planet", "Practice"]));

        var error = Assert.Throws<ArgumentException>(() => frame.ToIndicatorValues());
        Assert.StartsWith("row 2, column Level: expected one of Practice, Pcn, SubIcb, Icb, Region, England, DeprivationQuintile, DeprivationDecile, found \"Planet\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_wide_frame_has_an_area_per_row_and_an_indicator_per_column()
    {
        var results = sample.Icbs;
        var wide = results.ToWideFrame();
        var wf01 = results.Table("WF01").Values.Where(v => v.Value is not null).ToDictionary(v => v.AreaCode, v => v.Value!.Value);

        Assert.Equal(results.Indicators.Select(d => d.Id).Order(StringComparer.Ordinal), wide.ColumnKeys.Order(StringComparer.Ordinal));
        Assert.Equal(42, wide.RowCount);
        Assert.All(wf01, kv => Assert.Equal(kv.Value, wide.GetColumn<double>("WF01").Get(kv.Key)));
    }

    [Fact]
    public void The_panel_flattens_to_one_row_per_practice_in_the_month_with_its_icb_and_measures()
    {
        var panel = sample.Panel;
        var frame = panel.ToFrame(panel.Last);
        var first = panel.At(panel.Last).First();

        Assert.Equal(panel.At(panel.Last).Count(), frame.RowCount);
        Assert.Equal(first.Practice.Value, frame.GetColumn<string>("Practice").Get(0));
        Assert.Equal(first.Geography.Icb?.Code, frame.GetColumn<string>("Icb").Get(0));
        Assert.Equal((double?)first.WeightedPatients, frame.GetColumn<double>("WeightedPatients").TryGet(0).HasValue ? frame.GetColumn<double>("WeightedPatients").Get(0) : null);
    }

    [Fact]
    public void A_frame_displays_its_size_and_first_rows()
    {
        Formatters.Register();
        var frame = sample.Icbs.ToFrame();

        var text = frame.ToDisplayString("text/plain");
        Assert.StartsWith($"Frame: {sample.Icbs.Values.Count:#,0} rows × 27 columns\n", text, StringComparison.Ordinal);
        Assert.True(text.Split('\n').Length < 20, text);
        Assert.Contains("<pre>", frame.ToDisplayString("text/html"), StringComparison.Ordinal);
    }
}
