using Analysis.Data.Codes;
using Analysis.Data.Periods;

namespace Analysis.Data.Panels;

/// <summary>Tallies, row by row, which datasets each practice-month lacks and why, merging months into runs.</summary>
internal sealed class CoverageCounter
{
    // Within this many months of opening or closing, absence is explained by the practice's own change.
    private const int ChangeWindowMonths = 12;

    private readonly (PanelDataset Dataset, Func<PanelRow, bool> Has, Func<Month, bool> Covers)[] _datasets;
    private readonly int[] _rows;
    private readonly int[] _covered;
    private readonly Dictionary<MissingReason, int>[] _missing;
    private readonly List<CoverageGap> _gaps = [];
    private readonly CoverageGap?[] _open;

    public CoverageCounter(IEnumerable<(PanelDataset Dataset, Func<PanelRow, bool> Has, Func<Month, bool> Covers, bool Loaded)> datasets)
    {
        _datasets = datasets.Where(d => d.Loaded).Select(d => (d.Dataset, d.Has, d.Covers)).ToArray();
        _rows = new int[_datasets.Length];
        _covered = new int[_datasets.Length];
        _missing = _datasets.Select(_ => new Dictionary<MissingReason, int>()).ToArray();
        _open = new CoverageGap?[_datasets.Length];
    }

    public void Count(PanelRow row, Month? opened, Month? closed)
    {
        for (var i = 0; i < _datasets.Length; i++)
        {
            var (dataset, has, covers) = _datasets[i];
            _rows[i]++;
            if (has(row))
            {
                _covered[i]++;
                continue;
            }

            var reason = !covers(row.Month) ? MissingReason.NoPublicationForPeriod
                : opened is { } o && row.Month.MonthsSince(o) < ChangeWindowMonths ? MissingReason.RecentlyOpened
                : closed is { } c && c.MonthsSince(row.Month) < ChangeWindowMonths ? MissingReason.ClosingOrMerging
                : MissingReason.NotInPublication;
            _missing[i][reason] = _missing[i].GetValueOrDefault(reason) + 1;
            Extend(i, row.Practice, dataset, row.Month, reason);
        }
    }

    /// <summary>Adds up tallies kept separately (one per chunk of practices) into one report.</summary>
    public static CoverageReport Report(IEnumerable<CoverageCounter> counters)
    {
        var all = counters.ToList();
        foreach (var counter in all)
        {
            for (var i = 0; i < counter._open.Length; i++)
            {
                counter.Close(i);
            }
        }

        var datasets = all.Count == 0 ? [] : all[0]._datasets;
        var summaries = datasets.Select((d, i) => new DatasetCoverage(
            d.Dataset,
            all.Sum(c => c._rows[i]),
            all.Sum(c => c._covered[i]),
            all.SelectMany(c => c._missing[i]).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value)))).ToList();
        var gaps = all.SelectMany(c => c._gaps).OrderBy(g => g.Practice).ThenBy(g => g.Dataset).ThenBy(g => g.From).ToList();
        return new CoverageReport(summaries, gaps);
    }

    private void Extend(int i, OdsCode practice, PanelDataset dataset, Month month, MissingReason reason)
    {
        if (_open[i] is { } gap && gap.Practice == practice && gap.Reason == reason && gap.To.Plus(1) == month)
        {
            _open[i] = gap with { To = month };
            return;
        }

        Close(i);
        _open[i] = new CoverageGap(practice, dataset, month, month, reason);
    }

    private void Close(int i)
    {
        if (_open[i] is { } gap)
        {
            _gaps.Add(gap);
            _open[i] = null;
        }
    }
}
