using System.Globalization;
using System.Runtime.CompilerServices;
using Analysis.Data.Codes;
using Analysis.Data.Periods;

namespace Analysis.Data.Registrations;

/// <summary>
/// One practice's registered patients in one month by sex and five-year age band, with the share of
/// older patients (65+, 75+) that drives much of a practice's workload.
/// </summary>
/// <example>
/// <code>
/// var bands = NhsFile.Read&lt;AgeBandCount&gt;("gp-reg-pat-prac-quin-age.csv").Rows;
/// foreach (var p in AgeProfile.ForPractices(bands))
///     Console.WriteLine($"{p.Practice}: {p.ShareAged65Plus:P1} aged 65+");
/// </code>
/// </example>
public sealed class AgeProfile
{
    /// <summary>The lower bound of the open top band (95+); bands below it are five years wide.</summary>
    public const int TopBandFrom = 95;

    private readonly Dictionary<(Sex Sex, int From), int> _bands;

    private AgeProfile(OdsCode practice, Month month, int patients, int female, int male, Dictionary<(Sex, int), int> bands)
    {
        Practice = practice;
        Month = month;
        Patients = patients;
        Female = female;
        Male = male;
        _bands = bands;
    }

    /// <summary>The practice.</summary>
    public OdsCode Practice { get; }

    /// <summary>The month of the extract.</summary>
    public Month Month { get; }

    /// <summary>Registered patients of all ages and both sexes, as published (or the sum of the sexes when the total row is absent).</summary>
    public int Patients { get; }

    /// <summary>Registered female patients of all ages.</summary>
    public int Female { get; }

    /// <summary>Registered male patients of all ages.</summary>
    public int Male { get; }

    /// <summary>The share of <see cref="Patients"/> aged 65 or over, or null for a practice with no patients.</summary>
    public decimal? ShareAged65Plus => ShareAged(65);

    /// <summary>The share of <see cref="Patients"/> aged 75 or over, or null for a practice with no patients.</summary>
    public decimal? ShareAged75Plus => ShareAged(75);

    /// <summary>Patients of the sex (<see cref="Sex.All"/> for both) in the band starting at <paramref name="ageFrom"/> (0, 5, ... 95).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ageFrom"/> does not start a band.</exception>
    public int PatientsInBand(Sex sex, int ageFrom)
    {
        CheckBandStart(ageFrom);
        return sex == Sex.All
            ? _bands.GetValueOrDefault((Sex.Female, ageFrom)) + _bands.GetValueOrDefault((Sex.Male, ageFrom))
            : _bands.GetValueOrDefault((sex, ageFrom));
    }

    /// <summary>Patients of both sexes aged <paramref name="minimumAge"/> (0, 5, ... 95) or over.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumAge"/> does not start a band.</exception>
    public int PatientsAged(int minimumAge)
    {
        CheckBandStart(minimumAge);
        return _bands.Where(b => b.Key.From >= minimumAge).Sum(b => b.Value);
    }

    /// <summary>The share of <see cref="Patients"/> aged <paramref name="minimumAge"/> or over, or null for a practice with no patients.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumAge"/> does not start a band.</exception>
    public decimal? ShareAged(int minimumAge)
    {
        var aged = PatientsAged(minimumAge);
        return Patients == 0 ? null : (decimal)aged / Patients;
    }

    /// <summary>
    /// Builds one profile per practice and month from the <c>GP</c> rows of quinary age files; rows of
    /// other tiers (PCN, sub-ICB, ICB, region) are ignored.
    /// </summary>
    /// <exception cref="ArgumentException">A practice's row appears twice in one month, or a band is not five years wide.</exception>
    /// <exception cref="FormatException">A <c>GP</c> row's code is not a practice code (the reader never produces one).</exception>
    public static IReadOnlyList<AgeProfile> ForPractices(IEnumerable<AgeBandCount> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var profiles = new List<AgeProfile>();
        var practiceRows = rows.Where(r => r.OrgType.Equals(QuinaryAgeDataset.PracticeOrgType, StringComparison.OrdinalIgnoreCase));
        foreach (var group in practiceRows.GroupBy(r => (r.Month, Practice: OdsCode.From(r.OrgCode))))
        {
            profiles.Add(Build(group.Key.Practice, group.Key.Month, group));
        }

        profiles.Sort((a, b) => a.Month != b.Month ? a.Month.CompareTo(b.Month) : a.Practice.CompareTo(b.Practice));
        return profiles;
    }

    private static AgeProfile Build(OdsCode practice, Month month, IEnumerable<AgeBandCount> rows)
    {
        var bands = new Dictionary<(Sex, int), int>();
        var totals = new Dictionary<(Sex, int?), int>();
        foreach (var row in rows)
        {
            if (row.AgeFrom is not { } from)
            {
                Add(totals, (row.Sex, null), row, practice, month);
                continue;
            }

            var wellFormed = from % 5 == 0 && (from == TopBandFrom ? row.AgeTo is null : from < TopBandFrom && row.AgeTo == from + 4);
            if (!wellFormed || row.Sex == Sex.All)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"{practice} {month}: expected five-year bands by sex (0_4 ... 90_94, 95+), found {row.Sex} {from}-{row.AgeTo}"), nameof(rows));
            }

            Add(bands, (row.Sex, from), row, practice, month);
        }

        var female = totals.TryGetValue((Sex.Female, null), out var f) ? f : SumOf(bands, Sex.Female);
        var male = totals.TryGetValue((Sex.Male, null), out var m) ? m : SumOf(bands, Sex.Male);
        var patients = totals.TryGetValue((Sex.All, null), out var all) ? all : female + male;
        return new AgeProfile(practice, month, patients, female, male, bands);
    }

    private static void Add<TKey>(Dictionary<TKey, int> counts, TKey key, AgeBandCount row, OdsCode practice, Month month)
        where TKey : notnull
    {
        if (!counts.TryAdd(key, row.Patients))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"{practice} {month}: the {row.Sex} row for ages {row.AgeFrom?.ToString(CultureInfo.InvariantCulture) ?? "ALL"} appears twice (was one file read twice?)"), "rows");
        }
    }

    private static int SumOf(Dictionary<(Sex Sex, int From), int> bands, Sex sex) =>
        bands.Where(b => b.Key.Sex == sex).Sum(b => b.Value);

    private static void CheckBandStart(int age, [CallerArgumentExpression(nameof(age))] string? name = null)
    {
        if (age < 0 || age > TopBandFrom || age % 5 != 0)
        {
            throw new ArgumentOutOfRangeException(name, age, "expected the start of a five-year band: 0, 5, ... 95");
        }
    }
}
