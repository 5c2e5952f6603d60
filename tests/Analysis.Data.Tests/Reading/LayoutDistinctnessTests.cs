using Analysis.Data.Reading;

namespace Analysis.Data.Tests.Reading;

/// <summary>
/// Files are identified by their header alone, so a header written in any layout's own spellings must be
/// identified as that layout and no other, across every registered publication.
/// </summary>
public sealed class LayoutDistinctnessTests
{
    public static TheoryData<string, string, bool> Layouts()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var layout in HeaderedLayouts())
        {
            data.Add(layout.Kind.ToString(), layout.Vintage, true);
            if (layout.Columns.Any(c => c.Optional))
            {
                data.Add(layout.Kind.ToString(), layout.Vintage, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_header_in_a_layouts_own_spellings_identifies_that_layout_alone(string kind, string vintage, bool withOptional)
    {
        var layout = HeaderedLayouts().Single(l => l.Kind.ToString() == kind && l.Vintage == vintage);
        var header = layout.Columns.Where(c => withOptional || !c.Optional).Select(c => c.Headers[0]).ToList();

        var complete = HeaderedLayouts().Select(l => LayoutMatch.Of(l, header)).Where(m => m.IsComplete).ToList();
        var best = complete.MaxBy(m => (m.MappedCount, -m.Unmapped.Count))!;

        Assert.Same(layout, best.Layout);
        Assert.Single(complete, m => m.MappedCount == best.MappedCount && m.Unmapped.Count == best.Unmapped.Count);
    }

    private static IEnumerable<Layout> HeaderedLayouts() =>
        DatasetRegistry.All.SelectMany(d => d.Layouts.Layouts).Where(l => l.HasHeader);
}
