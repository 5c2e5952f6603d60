using System.Runtime.InteropServices;
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
    private readonly Month _firstMonth;
    private readonly bool[] _covered;

    private Timeline(Dictionary<OdsCode, Entry[]> byPractice)
    {
        _byPractice = byPractice;
        var all = byPractice.Values.SelectMany(e => e);
        _firstMonth = byPractice.Count == 0 ? default : all.Min(e => e.From);
        _covered = byPractice.Count == 0 ? [] : new bool[all.Max(e => e.To).MonthsSince(_firstMonth) + 1];
        foreach (var entries in byPractice.Values)
        {
            foreach (var e in entries)
            {
                _covered.AsSpan(e.From.MonthsSince(_firstMonth), e.To.MonthsSince(e.From) + 1).Fill(true);
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
    public bool Covers(Month month) =>
        month.MonthsSince(_firstMonth) is var i && i >= 0 && i < _covered.Length && _covered[i];

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
        // Two passes (count, then fill) give each practice one exactly sized array: no list growth, no copy.
        var list = records as IReadOnlyList<T> ?? records.ToList();
        var keys = new OdsCode[list.Count];
        var counts = new Dictionary<OdsCode, int>();
        for (var i = 0; i < list.Count; i++)
        {
            keys[i] = practice(list[i]);
            CollectionsMarshal.GetValueRefOrAddDefault(counts, keys[i], out _)++;
        }

        var grouped = new Dictionary<OdsCode, Entry[]>(counts.Count);
        var filled = new Dictionary<OdsCode, int>(counts.Count);
        for (var i = 0; i < list.Count; i++)
        {
            ref var entries = ref CollectionsMarshal.GetValueRefOrAddDefault(grouped, keys[i], out _);
            entries ??= new Entry[counts[keys[i]]];
            var (from, to) = span(list[i]);
            entries[CollectionsMarshal.GetValueRefOrAddDefault(filled, keys[i], out _)++] = new Entry(from, to, asOf ? from : to, list[i]);
        }

        foreach (var key in counts.Keys)
        {
            grouped[key] = InMonthOrder(grouped[key]);
        }

        return grouped;
    }

    // Files are usually loaded in period order, so sort only when they were not; a later file for the
    // same practice and start month replaces an earlier one (a revision).
    private static Entry[] InMonthOrder(Entry[] ordered)
    {
        for (var i = 1; i < ordered.Length; i++)
        {
            if (ordered[i].From <= ordered[i - 1].From)
            {
                ordered = ordered.Select((e, at) => (e, at)).OrderBy(x => x.e.From).ThenBy(x => x.at).Select(x => x.e).ToArray();
                break;
            }
        }

        var kept = 0;
        for (var i = 0; i < ordered.Length; i++)
        {
            if (kept > 0 && ordered[kept - 1].From == ordered[i].From)
            {
                ordered[kept - 1] = ordered[i];
            }
            else
            {
                ordered[kept++] = ordered[i];
            }
        }

        return kept == ordered.Length ? ordered : ordered[..kept];
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
