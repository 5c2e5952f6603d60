using Analysis.Data.Codes;
using Analysis.Data.Periods;
using Analysis.Data.Qof;

namespace Analysis.Data.Panels;

/// <summary>A practice's QOF registers for one year, keyed by register code, so a panel row holds them together.</summary>
internal sealed record PrevalenceYear(OdsCode Practice, FinancialYear Year, IReadOnlyDictionary<string, QofPrevalence> Registers)
{
    public static IEnumerable<PrevalenceYear> Group(IEnumerable<QofPrevalence> rows) =>
        rows.GroupBy(r => (r.Practice, r.Year))
            .Select(g => new PrevalenceYear(g.Key.Practice, g.Key.Year,
                g.GroupBy(r => r.Register, StringComparer.Ordinal).ToDictionary(r => r.Key, r => r.Last(), StringComparer.Ordinal)));
}
