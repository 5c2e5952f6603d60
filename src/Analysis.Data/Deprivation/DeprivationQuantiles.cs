using System.Globalization;
using Analysis.Data.Codes;

namespace Analysis.Data.Deprivation;

/// <summary>
/// Puts practices into national deprivation groups (quintiles, deciles) by ranking their IMD scores:
/// group 1 is the least deprived, the highest group the most deprived, as in the workforce panel's
/// <c>IMD_quintile</c>.
/// </summary>
/// <remarks>
/// This runs the opposite way from the LSOA <see cref="LsoaDeprivation.Decile"/>, where 1 is the most
/// deprived tenth. Practices are sorted by score, lowest (least deprived) first; the practice at rank
/// r of n falls in group ⌊groups × (r − 1) / n⌋ + 1, so group sizes differ by at most one. Equal scores
/// share the rank of the first of them, and so the same group.
/// </remarks>
/// <example>
/// <code>
/// var scores = NhsFile.Read&lt;PracticeDeprivation&gt;("indicator-data.csv").Rows;
/// var quintile = DeprivationQuantiles.Quintiles(scores);   // quintile[OdsCode.From("A81001")] == 4
/// </code>
/// </example>
public static class DeprivationQuantiles
{
    /// <summary>Each practice's national quintile: 1 = least deprived fifth … 5 = most deprived fifth.</summary>
    /// <exception cref="ArgumentException">A practice appears twice, or the scores mix IMD vintages.</exception>
    public static IReadOnlyDictionary<OdsCode, int> Quintiles(IEnumerable<PracticeDeprivation> practices) =>
        Assign(practices, 5);

    /// <summary>Each practice's group of <paramref name="groups"/> equal-sized national groups (10 for deciles): 1 = least deprived.</summary>
    /// <exception cref="ArgumentException">A practice appears twice, or the scores mix IMD vintages.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="groups"/> is less than 2.</exception>
    public static IReadOnlyDictionary<OdsCode, int> Assign(IEnumerable<PracticeDeprivation> practices, int groups)
    {
        ArgumentNullException.ThrowIfNull(practices);
        ArgumentOutOfRangeException.ThrowIfLessThan(groups, 2);
        var ranked = practices.OrderBy(p => p.Score).ThenBy(p => p.Practice).ToList();
        if (ranked.Select(p => p.ImdYear).Distinct().Count() > 1)
        {
            // A 2015 score and a 2019 score are on different scales; ranking them together misleads.
            throw new ArgumentException("rank one IMD vintage at a time; found scores for IMD " +
                string.Join(", ", ranked.Select(p => p.ImdYear).Distinct().Order()), nameof(practices));
        }

        var result = new Dictionary<OdsCode, int>(ranked.Count);
        var rank = 0;
        for (var i = 0; i < ranked.Count; i++)
        {
            if (i == 0 || ranked[i].Score != ranked[i - 1].Score)
            {
                rank = i + 1;
            }

            if (!result.TryAdd(ranked[i].Practice, (int)((long)groups * (rank - 1) / ranked.Count) + 1))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"practice {ranked[i].Practice} appears more than once"), nameof(practices));
            }
        }

        return result;
    }
}
