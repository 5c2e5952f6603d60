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
    /// The geography in force in <paramref name="month"/>: the latest record on or before it (or, for a
    /// month before every record, the earliest). Tiers that record leaves blank (a payments file names no
    /// ICB) are filled from the nearest earlier records, then the nearest later ones: practices rarely
    /// move, and a neighbouring record is the best evidence there is.
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

    // Resolved once per practice, when its records are first asked for.
    private static (Month From, PracticeGeography Geography)[] FillBlankTiers((Month From, PracticeGeography Geography)[] entries)
    {
        var filled = new (Month From, PracticeGeography Geography)[entries.Length];
        for (var at = 0; at < entries.Length; at++)
        {
            var geography = entries[at].Geography;
            for (var i = at - 1; i >= 0 && !IsComplete(geography); i--)
            {
                geography = geography.Or(entries[i].Geography);
            }

            for (var i = at + 1; i < entries.Length && !IsComplete(geography); i++)
            {
                geography = geography.Or(entries[i].Geography);
            }

            filled[at] = (entries[at].From, geography);
        }

        return filled;
    }

    /// <summary>Resolves every practice's records now, so the history can then be read from several threads.</summary>
    internal void ResolveAll()
    {
        foreach (var practice in _byPractice.Keys)
        {
            Sorted(practice);
        }
    }

    /// <summary>Walks one practice's geography as the months advance; months must be asked in order.</summary>
    internal Cursor For(OdsCode practice) => new(Sorted(practice));

    private static bool IsComplete(PracticeGeography g) => g.Pcn is not null && g.SubIcb is not null && g.Icb is not null && g.Region is not null;

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

        entries = FillBlankTiers(months.Select(p => (p.Key, p.Value)).OrderBy(e => e.Key).ToArray());
        _sorted[practice] = entries;
        return entries;
    }

    /// <summary>The same answer as <see cref="AsOf"/>, for months asked in order, without a search each time.</summary>
    internal struct Cursor((Month From, PracticeGeography Geography)[] entries)
    {
        private int _at;

        public PracticeGeography At(Month month)
        {
            if (entries.Length == 0)
            {
                return PracticeGeography.Unknown;
            }

            while (_at + 1 < entries.Length && entries[_at + 1].From <= month)
            {
                _at++;
            }

            return entries[_at].Geography;
        }
    }
}
