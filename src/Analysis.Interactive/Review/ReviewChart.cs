using Plotly.NET;

namespace Analysis.Interactive.Review;

/// <summary>A chart drawn in the HTML page (the Markdown, meant to be read in CI, leaves it out and keeps the tables).</summary>
internal sealed record ReviewChart(string Id, Func<GenericChart> Build) : ReviewBlock;
