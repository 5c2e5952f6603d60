using Plotly.NET;

namespace Analysis.Interactive;

/// <summary>
/// Assembles one Plotly figure from plain values: traces as property bags written in a fixed order, a layout with
/// titled axes, notes under the title, and a config without the Plotly logo. Built this way (rather than through
/// Plotly.NET's defaults) the JSON holds only what we set, so the same input gives the same bytes.
/// </summary>
internal sealed class Figure
{
    private readonly List<Trace> _traces = [];
    private readonly List<string> _notes = [];
    private readonly string _title;
    private readonly ChartOptions _options;
    private int _labelDepth;

    public Figure(string title, string xTitle, string yTitle, ChartOptions options)
    {
        _title = options.Title ?? title;
        _options = options;
        XAxis = new() { ["title"] = new Dictionary<string, object> { ["text"] = xTitle }, ["zeroline"] = false, ["automargin"] = true };
        YAxis = new() { ["title"] = new Dictionary<string, object> { ["text"] = yTitle }, ["zeroline"] = false, ["automargin"] = true };
    }

    /// <summary>The x-axis settings, for a chart to add to (type, ticks).</summary>
    public Dictionary<string, object> XAxis { get; }

    /// <summary>The y-axis settings.</summary>
    public Dictionary<string, object> YAxis { get; }

    /// <summary>Whether the legend is shown.</summary>
    public bool ShowLegend { get; set; } = true;

    public int TraceCount => _traces.Count;

    /// <summary>
    /// Turns the x-axis labels 60° for names, and makes the figure taller by what the longest of them hangs below the
    /// axis: otherwise the labels take their room out of the plot, which shrinks to a strip.
    /// </summary>
    public void RotateTickLabels(IEnumerable<string> labels)
    {
        XAxis["tickangle"] = -60;
        _labelDepth = (int)(labels.Select(l => l.Length).DefaultIfEmpty(0).Max() * PixelsPerRotatedCharacter);
    }

    // At the 13 px font an average character is about 7 px wide, and sin 60° of that is the depth it adds.
    private const double PixelsPerRotatedCharacter = 6;

    /// <summary>Adds a trace of a Plotly type with its name; set its data on what is returned.</summary>
    public Trace Add(string type, string name)
    {
        var trace = new Trace(type);
        trace.SetProperty("name", name);
        _traces.Add(trace);
        return trace;
    }

    /// <summary>A line through points, for limits, the England line and fits.</summary>
    public Trace Line(string name, IEnumerable<double?> x, IEnumerable<double?> y, string colour, string dash = "solid", double width = 1.5) =>
        Line(name, (object)ChartNumbers.Round(x), y, colour, dash, width);

    /// <summary>A line through points on a date or category axis.</summary>
    public Trace Line(string name, string[] x, IEnumerable<double?> y, string colour, string dash = "solid", double width = 1.5) =>
        Line(name, (object)x, y, colour, dash, width);

    private Trace Line(string name, object x, IEnumerable<double?> y, string colour, string dash, double width)
    {
        var trace = Add("scatter", name);
        trace.SetProperty("x", x);
        trace.SetProperty("y", ChartNumbers.Round(y));
        trace.SetProperty("mode", "lines");
        trace.SetProperty("line", new Dictionary<string, object> { ["color"] = colour, ["dash"] = dash, ["width"] = width });
        trace.SetProperty("hoverinfo", "name+y");
        return trace;
    }

    /// <summary>A sentence shown under the plot (what is left out, the fitted index…).</summary>
    public void Note(string text) => _notes.Add(text);

    public GenericChart Build()
    {
        var charts = _traces.Count == 0
            ? [GenericChart.ofTraceObject(false, Invisible())]
            : _traces.Select(t => GenericChart.ofTraceObject(false, t)).ToList();
        var chart = GenericChart.combine(charts);
        return GenericChart.setConfig(Config(), GenericChart.setLayout(Layout(), chart));
    }

    private Layout Layout()
    {
        var layout = new Layout();
        // Notes ride under the title as smaller lines, which Plotly lays out itself at any size.
        var title = Escape(_title) + string.Concat(_notes.Select(n => "<br><sup>" + Escape(n) + "</sup>"));
        layout.SetProperty("title", new Dictionary<string, object> { ["text"] = title, ["x"] = 0.02, ["xanchor"] = "left" });
        layout.SetProperty("xaxis", XAxis);
        layout.SetProperty("yaxis", YAxis);
        layout.SetProperty("height", _options.Height + _labelDepth);
        if (_options.Width is { } width)
        {
            layout.SetProperty("width", width);
        }
        else
        {
            layout.SetProperty("autosize", true);
        }

        layout.SetProperty("hovermode", "closest");
        layout.SetProperty("showlegend", ShowLegend && _traces.Count > 0);
        layout.SetProperty("legend", Legend());
        layout.SetProperty("margin", new Dictionary<string, object> { ["l"] = 70, ["r"] = 30, ["t"] = 60 + (18 * _notes.Count), ["b"] = 60 });
        layout.SetProperty("font", new Dictionary<string, object> { ["family"] = "Arial, Helvetica, sans-serif", ["size"] = 13 });
        layout.SetProperty("plot_bgcolor", "#ffffff");
        return layout;
    }

    // Under the plot by default; beside it when the x-axis labels are rotated names, which hang below the axis by
    // the length of the longest name (an ICB's can be 60 characters) and would run into a legend placed under it.
    private Dictionary<string, object> Legend() => XAxis.ContainsKey("tickangle")
        ? new() { ["orientation"] = "v", ["x"] = 1.02, ["xanchor"] = "left", ["y"] = 1, ["yanchor"] = "top" }
        : new() { ["orientation"] = "h", ["x"] = 0, ["y"] = -0.2, ["yanchor"] = "top" };

    /// <summary>Plotly reads a few HTML tags in titles; a name with a "&lt;" in it should print, not break the title.</summary>
    internal static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static Config Config()
    {
        var config = new Config();
        config.SetProperty("responsive", true);
        config.SetProperty("displaylogo", false);
        return config;
    }

    // An empty figure still needs one trace for Plotly.NET to combine; this one draws nothing.
    private static Trace Invisible()
    {
        var trace = new Trace("scatter");
        trace.SetProperty("x", Array.Empty<double>());
        trace.SetProperty("y", Array.Empty<double>());
        trace.SetProperty("showlegend", false);
        return trace;
    }
}
