using System.Globalization;
using Plotly.NET;

namespace Analysis.Interactive;

/// <summary>A heat map of a correlation matrix: blue for positive, vermillion for negative, r written in each cell.</summary>
internal static class CorrelationChart
{
    public static GenericChart Build(CorrelationMatrix matrix, ChartOptions options)
    {
        var kind = matrix.Ranks ? "Spearman's rank correlation" : "Pearson's correlation";
        var figure = new Figure($"{kind} between indicators across areas", "Indicator", "Indicator", options);
        figure.ShowLegend = false;
        if (matrix.Ids.Count == 0)
        {
            figure.Note("No indicators.");
            return figure.Build();
        }

        var z = matrix.R.Select(row => ChartNumbers.Round(row)).ToArray();
        var map = figure.Add("heatmap", kind);
        map.SetProperty("x", matrix.Ids.ToArray());
        map.SetProperty("y", matrix.Ids.ToArray());
        map.SetProperty("z", z);
        map.SetProperty("zmin", -1);
        map.SetProperty("zmax", 1);
        map.SetProperty("colorscale", new object[] { new object[] { 0, "#D55E00" }, new object[] { 0.5, "#ffffff" }, new object[] { 1, "#0072B2" } });
        map.SetProperty("text", matrix.R.Select(row => row.Select(r => r is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : string.Empty).ToArray()).ToArray());
        map.SetProperty("texttemplate", "%{text}");
        map.SetProperty("hovertext", matrix.Ids.Select((a, i) => matrix.Ids.Select((b, j) =>
            string.Create(CultureInfo.InvariantCulture, $"{a} and {b}: r = {(matrix.R[i][j] is { } r ? r.ToString("0.000", CultureInfo.InvariantCulture) : "–")} over {matrix.Areas[i][j]:#,0} areas")).ToArray()).ToArray());
        map.SetProperty("hoverinfo", "text");
        figure.YAxis["autorange"] = "reversed";
        figure.RotateTickLabels(matrix.Ids);
        return figure.Build();
    }
}
