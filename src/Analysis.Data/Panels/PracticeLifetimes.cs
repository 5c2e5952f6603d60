using Analysis.Data.Codes;
using Analysis.Data.Periods;

namespace Analysis.Data.Panels;

/// <summary>
/// When each practice opened and closed, and its name, from the sources that say: ODS first (the
/// register of organisations), then the payments files.
/// </summary>
internal sealed class PracticeLifetimes
{
    private readonly Dictionary<OdsCode, (Month? Open, Month? Close)> _spans = [];
    private readonly Dictionary<OdsCode, string> _names = [];

    public static PracticeLifetimes From(NhsData data)
    {
        var lifetimes = new PracticeLifetimes();
        foreach (var m in data.PracticeMap.OrderByDescending(m => m.Month))
        {
            lifetimes._names.TryAdd(m.Practice, m.Name);
        }

        foreach (var o in data.Organisations)
        {
            if (o.Practice is { } practice)
            {
                lifetimes.Note(practice, o.OpenDate, o.CloseDate);
                lifetimes._names.TryAdd(practice, o.Name);
            }
        }

        foreach (var p in data.Payments.OrderByDescending(p => p.Year))
        {
            lifetimes.Note(p.Practice, p.OpenDate, p.CloseDate);
            lifetimes._names.TryAdd(p.Practice, p.Name);
        }

        foreach (var w in data.Workforce.Where(w => w.Name is not null).OrderByDescending(w => w.Census))
        {
            lifetimes._names.TryAdd(w.Practice, w.Name!);
        }

        return lifetimes;
    }

    public (Month? Open, Month? Close) Of(OdsCode practice) => _spans.GetValueOrDefault(practice);

    public string? NameOf(OdsCode practice) => _names.GetValueOrDefault(practice);

    // The first source to give a date wins; a later one only fills a date the first left blank.
    private void Note(OdsCode practice, DateOnly? open, DateOnly? close)
    {
        var (o, c) = _spans.GetValueOrDefault(practice);
        _spans[practice] = (o ?? (open is { } od ? Month.Of(od) : null), c ?? (close is { } cd ? Month.Of(cd) : null));
    }
}
