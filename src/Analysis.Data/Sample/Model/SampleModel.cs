using Analysis.Data.Periods;

namespace Analysis.Data.Sample.Model;

/// <summary>
/// The whole synthetic England in memory: practices, PCNs and the quarterly extract dates, generated
/// once and then written out in each publication's layout.
/// </summary>
internal sealed class SampleModel
{
    public required SampleOptions Options { get; init; }

    public required IReadOnlyList<SyntheticPractice> Practices { get; init; }

    public required IReadOnlyList<Pcn> Pcns { get; init; }

    /// <summary>The financial years covered, oldest first.</summary>
    public IReadOnlyList<FinancialYear> Years =>
        field ??= Enumerable.Range(Options.FirstYear.StartYear, Options.Years).Select(y => new FinancialYear(y)).ToArray();

    /// <summary>Quarterly extracts: the first day of April, July, October and January of each year.</summary>
    public IReadOnlyList<Month> Quarters =>
        field ??= Enumerable.Range(0, 4 * Options.Years).Select(q => Options.FirstYear.FirstMonth.Plus(3 * q)).ToArray();

    /// <summary>The practice-years of one financial year (index into <see cref="Years"/>).</summary>
    public IEnumerable<(SyntheticPractice Practice, PracticeYear Year)> InYear(int year) =>
        Practices.Where(p => p.Years[year] is not null).Select(p => (p, p.Years[year]!));

    /// <summary>Practices Fingertips would score: open at some point with a list of 750 or more.</summary>
    public IEnumerable<SyntheticPractice> ScoredForDeprivation => Practices.Where(p => p.Lists.Length > 0 && p.Lists.Max() >= 750);

    /// <summary>The last list a practice had (its latest open extract).</summary>
    public static int LatestList(SyntheticPractice practice) => practice.Lists.LastOrDefault(l => l > 0);

    /// <summary>England's deprivation score as Fingertips states it: practice scores weighted by patients.</summary>
    public double EnglandImd()
    {
        var scored = ScoredForDeprivation.ToList();
        return scored.Sum(p => p.Imd * LatestList(p)) / scored.Sum(p => (double)LatestList(p));
    }

    /// <summary>The extract the quinary age file is written for: the last quarter of the sample.</summary>
    public int QuinaryQuarter => (4 * Options.Years) - 1;
}
