using Analysis.Data.Codes;
using Analysis.Data.Periods;

namespace Analysis.Data.Geography;

/// <summary>
/// Where each practice sat in NHS geography over time, built from dated sources (practice maps,
/// workforce files, payments files), answering "which areas as of this month".
/// </summary>
public sealed class GeographyHistory
{
    private readonly Dictionary<OdsCode, Dictionary<Month, PracticeGeography>> _byPractice = [];
    private readonly Dictionary<OdsCode, (Month From, PracticeGeography Geography)[]> _sorted = [];

    /// <summary>Records that from <paramref name="from"/> the practice sat in <paramref name="geography"/>.</summary>
    /// <remarks>
    /// When two sources describe the same month, the one added first wins and the later one only fills
    /// tiers it left blank: add the most authoritative source (the practice map) first.
    /// </remarks>
    public void Add(OdsCode practice, Month from, PracticeGeography geography)
    {
        if (!_byPractice.TryGetValue(practice, out var months))
        {
            _byPractice[practice] = months = [];
        }

        months[from] = months.TryGetValue(from, out var existing) ? existing.Or(geography) : geography;
        _sorted.Remove(practice);
    }

    /// <summary>The practices with any recorded geography.</summary>
    public IEnumerable<OdsCode> Practices => _byPractice.Keys;

    /// <summary>
    /// The geography in force in <paramref name="month"/>: the latest record on or before it, or, for a
    /// month before every record, the earliest record (practices rarely move, and a map published a
    /// little after the period is the best evidence there is).
    /// </summary>
    public PracticeGeography AsOf(OdsCode practice, Month month)
    {
        var entries = Sorted(practice);
        if (entries.Length == 0)
        {
            return PracticeGeography.Unknown;
        }

        int lo = 0, hi = entries.Length - 1, found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (entries[mid].From <= month)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return entries[found].Geography;
    }

    private (Month From, PracticeGeography Geography)[] Sorted(OdsCode practice)
    {
        if (_sorted.TryGetValue(practice, out var entries))
        {
            return entries;
        }

        if (!_byPractice.TryGetValue(practice, out var months))
        {
            return [];
        }

        entries = months.Select(p => (p.Key, p.Value)).OrderBy(e => e.Key).ToArray();
        _sorted[practice] = entries;
        return entries;
    }
}
