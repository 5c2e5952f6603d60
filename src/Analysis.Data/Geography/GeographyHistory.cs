using Analysis.Data.Codes;
using Analysis.Data.Periods;

namespace Analysis.Data.Geography;

/// <summary>
/// Where each practice sat in NHS geography over time, built from dated sources (practice maps,
/// payments files, workforce files), answering "which areas as of this month".
/// </summary>
public sealed class GeographyHistory
{
    private readonly Dictionary<OdsCode, List<(Month From, PracticeGeography Geography)>> _byPractice = [];

    /// <summary>Records that from <paramref name="from"/> the practice sat in <paramref name="geography"/>.</summary>
    /// <remarks>Tiers a later source leaves blank are filled from the source for the same month, not guessed.</remarks>
    public void Add(OdsCode practice, Month from, PracticeGeography geography)
    {
        if (!_byPractice.TryGetValue(practice, out var list))
        {
            _byPractice[practice] = list = [];
        }

        var at = list.FindIndex(e => e.From == from);
        if (at >= 0)
        {
            list[at] = (from, list[at].Geography.Or(geography));
            return;
        }

        list.Add((from, geography));
        list.Sort((a, b) => a.From.CompareTo(b.From));
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
        if (!_byPractice.TryGetValue(practice, out var list))
        {
            return PracticeGeography.Unknown;
        }

        var found = list[0].Geography;
        foreach (var (from, geography) in list)
        {
            if (from > month)
            {
                break;
            }

            found = geography;
        }

        return found;
    }
}
