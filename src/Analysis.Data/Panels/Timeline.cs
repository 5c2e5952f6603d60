using Analysis.Data.Codes;
using Analysis.Data.Periods;

namespace Analysis.Data.Panels;

/// <summary>
/// One dataset's records laid out in time per practice: each record applies from one month to another,
/// so the panel can ask "which record is in force for this practice in this month".
/// </summary>
internal sealed class Timeline<T>
    where T : class
{
    private static readonly Entry[] None = [];
    private readonly Dictionary<OdsCode, Entry[]> _byPractice;
    private readonly HashSet<Month> _monthsCovered;

    private Timeline(Dictionary<OdsCode, Entry[]> byPractice)
    {
        _byPractice = byPractice;
        _monthsCovered = [];

        // Practices mostly share spans (the same financial year, the same census), so expand each distinct span once.
        foreach (var (from, to) in byPractice.Values.SelectMany(e => e).Select(e => (e.From, e.To)).Distinct())
        {
            for (var m = from; m <= to; m = m.Plus(1))
            {
                _monthsCovered.Add(m);
            }
        }
    }

    public bool IsEmpty => _byPractice.Count == 0;

    public IEnumerable<OdsCode> Practices => _byPractice.Keys;

    /// <summary>Records that each apply to a fixed span (a financial year, a survey wave).</summary>
    public static Timeline<T> Spans(IEnumerable<T> records, Func<T, OdsCode> practice, Func<T, (Month From, Month To)> span) =>
        new(Group(records, practice, r => span(r), asOf: false));

    /// <summary>
    /// Records that apply from their month until the practice's next record, but for no more than
    /// <paramref name="maxMonths"/> months (a census older than that is stale, not "in force").
    /// </summary>
    public static Timeline<T> AsOf(IEnumerable<T> records, Func<T, OdsCode> practice, Func<T, Month> month, int maxMonths)
    {
        var grouped = Group(records, practice, r => (month(r), month(r).Plus(maxMonths - 1)), asOf: true);
        foreach (var entries in grouped.Values)
        {
            for (var i = 0; i < entries.Length - 1; i++)
            {
                var next = entries[i + 1].From;
                if (entries[i].To >= next)
                {
                    entries[i] = entries[i] with { To = next.Plus(-1) };
                }
            }
        }

        return new Timeline<T>(grouped);
    }

    /// <summary>True when some practice has a record in force in the month.</summary>
    public bool Covers(Month month) => _monthsCovered.Contains(month);

    /// <summary>
    /// The first and last month the practice's records speak for: a span record's whole span, but only
    /// the month of an as-of record (being "in force" afterwards is not evidence the practice still exists).
    /// </summary>
    public (Month First, Month Last)? Extent(OdsCode practice) =>
        _byPractice.TryGetValue(practice, out var e) ? (e[0].From, e.Max(x => x.EvidenceTo)) : null;

    /// <summary>The months the records speak for, over all practices.</summary>
    public (Month First, Month Last)? Extent() =>
        _byPractice.Count == 0 ? null : (_byPractice.Values.Min(e => e[0].From), _byPractice.Values.Max(e => e.Max(x => x.EvidenceTo)));

    public Cursor For(OdsCode practice) => new(_byPractice.GetValueOrDefault(practice, None));

    private static Dictionary<OdsCode, Entry[]> Group(IEnumerable<T> records, Func<T, OdsCode> practice, Func<T, (Month From, Month To)> span, bool asOf)
    {
        var lists = new Dictionary<OdsCode, List<Entry>>();
        foreach (var record in records)
        {
            var key = practice(record);
            if (!lists.TryGetValue(key, out var list))
            {
                lists[key] = list = [];
            }

            var (from, to) = span(record);
            list.Add(new Entry(from, to, asOf ? from : to, record));
        }

        // A later file for the same practice and start month replaces an earlier one (a revision).
        return lists.ToDictionary(
            p => p.Key,
            p => p.Value.GroupBy(e => e.From).Select(g => g.Last()).OrderBy(e => e.From).ToArray());
    }

    public readonly record struct Entry(Month From, Month To, Month EvidenceTo, T Record);

    /// <summary>Walks one practice's records as the months advance; months must be asked in order.</summary>
    public struct Cursor(Entry[] entries)
    {
        private int _at;

        public T? At(Month month)
        {
            while (_at < entries.Length && entries[_at].To < month)
            {
                _at++;
            }

            // Spans may overlap (a revised file); the latest-starting record in force wins.
            T? found = null;
            for (var i = _at; i < entries.Length && entries[i].From <= month; i++)
            {
                if (entries[i].To >= month)
                {
                    found = entries[i].Record;
                }
            }

            return found;
        }
    }
}
