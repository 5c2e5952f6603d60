using System.Collections;
using Analysis.Data;
using Analysis.Data.Panels;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace Analysis.Interactive;

/// <summary>
/// Registers how the toolkit's values display in a notebook, through Microsoft.DotNet.Interactive.Formatting, so
/// VS Code and the headless notebook runner show the same thing: indicator results and tables with units,
/// intervals and comparisons coloured by polarity (with words and arrows too), the panel, loaded data, coverage, allocations and
/// Deedle frames in brief, charts, and any other sequence as a compact table of its first rows and its size.
/// </summary>
/// <remarks>Each value gets <c>text/html</c> and <c>text/plain</c> (charts also <c>application/vnd.plotly.v1+json</c>); both are preferred, so a runner stores both.</remarks>
public static class Formatters
{
    /// <summary>How many rows a table shows before saying how many there are in all.</summary>
    public const int Rows = 10;

    private const string Html = "text/html";
    private const string Plain = "text/plain";
    private static readonly Lock Gate = new();

    /// <summary>Registers the formatters; calling it again does nothing, unless the formatting library was reset since.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (IsRegistered)
            {
                return;
            }

            // Registered general first: the library prefers the most specific type, then the latest registration.
            Add<IEnumerable>(SequenceHtml, SequenceText);
            Add<IEnumerable<IndicatorValue>>((v, w) => ValuesFormatter.Sheet(v, Rows).WriteHtml(w), (v, w) => ValuesFormatter.Sheet(v, Rows).WriteText(w));
            Add<IndicatorValue>((v, w) => ValuesFormatter.Sheet([v], 1).WriteHtml(w), (v, w) => ValuesFormatter.Sheet([v], 1).WriteText(w));
            Add<IndicatorResults>((r, w) => ResultsFormatter.Sheet(r).WriteHtml(w), (r, w) => ResultsFormatter.Sheet(r).WriteText(w));
            Add<IndicatorTable>((t, w) => t.Sheet(Rows * 2).WriteHtml(w), (t, w) => t.Sheet(Rows * 2).WriteText(w));
            Add<Panel>((p, w) => PanelFormatter.Sheet(p, Rows).WriteHtml(w), (p, w) => PanelFormatter.Sheet(p, Rows).WriteText(w));
            Add<CoverageReport>((c, w) => CoverageFormatter.Sheet(c, Rows).WriteHtml(w), (c, w) => CoverageFormatter.Sheet(c, Rows).WriteText(w));
            Add<NhsData>((d, w) => DataFormatter.Sheet(d, Rows).WriteHtml(w), (d, w) => DataFormatter.Sheet(d, Rows).WriteText(w));
            Add<AllocationResult>((a, w) => AllocationFormatter.Sheet(a, Rows).WriteHtml(w), (a, w) => AllocationFormatter.Sheet(a, Rows).WriteText(w));
            Add<IEnumerable<AllocationResult>>((a, w) => AllocationFormatter.Compare(a).WriteHtml(w), (a, w) => AllocationFormatter.Compare(a).WriteText(w));
            Add<Analysis.Indicators.Review.ScorecardAssessment>((a, w) => ScorecardFormatter.Sheet(a).WriteHtml(w), (a, w) => ScorecardFormatter.Sheet(a).WriteText(w));
            Add<IEnumerable<Analysis.Indicators.Review.ScorecardRow>>((r, w) => ScorecardFormatter.Sheet(r).WriteHtml(w), (r, w) => ScorecardFormatter.Sheet(r).WriteText(w));
            Add<Deedle.IFrame>((f, w) => w.Write(FrameFormatter.Html(f, Rows)), (f, w) => w.Write(FrameFormatter.Text(f, Rows)));
            Add<ToolkitInfo>((t, w) => w.Write(t.Html()), (t, w) => w.Write(t.Text()));
            Add<GenericChart>((c, w) => w.Write(c.HtmlFragment()), (c, w) => w.Write(ChartFormatter.Text(c)));
            Formatter.Register(ToolkitFormatter.For<GenericChart>(ChartFormatter.PlotlyMimeType, (c, w) => w.Write(c.Json())));
            Formatter.SetPreferredMimeTypesFor(typeof(GenericChart), Html, ChartFormatter.PlotlyMimeType, Plain);
        }
    }

    /// <summary>Whether the formatters are registered now.</summary>
    public static bool IsRegistered => Formatter.RegisteredFormatters(false).OfType<ToolkitFormatter>().Any();

    private static void Add<T>(Action<T, TextWriter> html, Action<T, TextWriter> text)
    {
        Formatter.Register(ToolkitFormatter.For(Html, html));
        Formatter.Register(ToolkitFormatter.For(Plain, text));
        if (typeof(T) != typeof(IEnumerable))
        {
            Formatter.SetPreferredMimeTypesFor(typeof(T), Html, Plain);
        }
    }

    // Text stays text (the library's own plain-text default), every other sequence becomes a compact table.
    private static void SequenceHtml(IEnumerable sequence, TextWriter writer)
    {
        if (sequence is string text)
        {
            writer.Write($"<div class=\"dni-plaintext\"><pre>{System.Net.WebUtility.HtmlEncode(text)}</pre></div>");
            return;
        }

        SequenceFormatter.Sheet(sequence).WriteHtml(writer);
    }

    private static void SequenceText(IEnumerable sequence, TextWriter writer)
    {
        if (sequence is string text)
        {
            writer.Write(text);
            return;
        }

        SequenceFormatter.Sheet(sequence).WriteText(writer);
    }
}
