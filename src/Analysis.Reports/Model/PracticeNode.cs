using Analysis.Data.Codes;
using Analysis.Data.Panels;

namespace Analysis.Reports;

/// <summary>A practice with a scorecard page: its code and name, its areas as of its latest month, and where its rows lie in the panel.</summary>
internal sealed class PracticeNode(OdsCode ods, string name, int rowStart, int rowCount)
{
    public OdsCode Ods { get; } = ods;

    public string Code { get; } = ods.Value;

    public string Name { get; } = name;

    /// <summary>The index of the practice's first row in <see cref="Panel.Rows"/>; its months follow in order.</summary>
    public int RowStart { get; } = rowStart;

    public int RowCount { get; } = rowCount;

    public AreaNode? Region { get; set; }

    public AreaNode? Icb { get; set; }

    public AreaNode? SubIcb { get; set; }

    public AreaNode? Pcn { get; set; }

    public string Path => SitePaths.Practice(Code);

    /// <summary>"X12345 The Surgery (SYNTHETIC)".</summary>
    public string Label => Name.Length == 0 || Name == Code ? Code : Code + " " + Name;

    /// <summary>The practice's row for a month, or null when it was not open then.</summary>
    public PanelRow? RowAt(Panel panel, Analysis.Data.Periods.Month month)
    {
        for (var i = RowStart + RowCount - 1; i >= RowStart; i--)
        {
            var row = panel.Rows[i];
            if (row.Month == month)
            {
                return row;
            }

            if (row.Month < month)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The latest of the practice's rows for which <paramref name="has"/> holds.</summary>
    public PanelRow? Latest(Panel panel, Func<PanelRow, bool> has)
    {
        for (var i = RowStart + RowCount - 1; i >= RowStart; i--)
        {
            if (has(panel.Rows[i]))
            {
                return panel.Rows[i];
            }
        }

        return null;
    }
}
