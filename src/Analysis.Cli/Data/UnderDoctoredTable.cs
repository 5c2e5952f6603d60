using System.Globalization;
using Analysis.Data.Geography;
using Panel = Analysis.Data.Panels.Panel;
using Analysis.Data.Periods;
using Analysis.Data.Summaries;
using Spectre.Console;

namespace Analysis.Cli.Data;

/// <summary>Prints where England is under-doctored: GP FTE per 10,000 weighted patients by area against England.</summary>
internal static class UnderDoctoredTable
{
    public static void Write(TextWriter output, Panel panel, AreaLevel level)
    {
        if (SupplyByArea.LatestMonthWithSupplyAndNeed(panel) is not { } month)
        {
            output.WriteLine("No month has both GP workforce and weighted patients, so there is no under-doctored summary.");
            return;
        }

        var (england, areas) = SupplyByArea.In(panel, month, level);
        var table = new Table { Border = TableBorder.Simple }
            .Title(Invariant($"Fully qualified GPs (FTE) per 10,000 weighted patients, {month:yyyy-MM}, by {Describe(level)}"))
            .AddColumn(Describe(level))
            .AddColumn(new TableColumn("Practices").RightAligned())
            .AddColumn(new TableColumn("GP FTE").RightAligned())
            .AddColumn(new TableColumn("Weighted patients").RightAligned())
            .AddColumn(new TableColumn("FTE per 10k").RightAligned())
            .AddColumn(new TableColumn("Shortfall FTE").RightAligned())
            .AddColumn(new TableColumn("Shortfall %").RightAligned());
        foreach (var area in areas)
        {
            table.AddRow(Row(area.Area?.ToString() ?? "(area not known)", area));
        }

        table.AddEmptyRow();
        table.AddRow(Row("England", england));
        table.Caption("Shortfall: GP FTE the area would have at the England rate, minus what it has (positive = under-doctored).");

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 140;
        console.Write(table);
    }

    private static string[] Row(string name, AreaSupply a) =>
    [
        Markup.Escape(name),
        Invariant($"{a.Practices:N0}"),
        Invariant($"{a.QualifiedGpFte:N1}"),
        Invariant($"{a.WeightedPatients:N0}"),
        Invariant($"{a.GpFtePer10kWeighted:N2}"),
        Invariant($"{a.Shortfall:N1}"),
        Invariant($"{a.ShortfallPercent:N1}"),
    ];

    private static string Describe(AreaLevel level) => level switch
    {
        AreaLevel.Region => "Region",
        AreaLevel.Icb => "ICB",
        AreaLevel.SubIcb => "Sub-ICB",
        _ => "PCN",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
