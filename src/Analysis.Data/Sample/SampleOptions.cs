using Analysis.Data.Periods;

namespace Analysis.Data.Sample;

/// <summary>How big, how long and from which seed the synthetic England sample is generated.</summary>
public sealed record SampleOptions
{
    /// <summary>The default options: seed 20261122, 6,300 practices, financial years 2019-20 to 2022-23.</summary>
    public static SampleOptions Default { get; } = new();

    /// <summary>The seed; the same seed always writes the same bytes. Default 20261122.</summary>
    public long Seed { get; init; } = 20261122;

    /// <summary>Practices open at the end of <see cref="LastYear"/> (more existed earlier: some close or merge). Default 6,300.</summary>
    public int Practices { get; init; } = 6300;

    /// <summary>The first financial year written. Default 2019-20.</summary>
    public FinancialYear FirstYear { get; init; } = new(2019);

    /// <summary>
    /// The last financial year written. Default 2022-23: the readers do not yet tell the 2023-24 payments
    /// layout from 2022-23's (it has every 2022-23 column it maps), so a 2023-24 sample can be written but
    /// its payments file does not yet read as 2023-24.
    /// </summary>
    public FinancialYear LastYear { get; init; } = new(2022);

    /// <summary>The first year whose published layouts the sample writes (payments with PCN columns, QOF with PCNs).</summary>
    public static FinancialYear Earliest { get; } = new(2019);

    /// <summary>The last year whose published layouts the sample writes.</summary>
    public static FinancialYear Latest { get; } = new(2023);

    /// <summary>The number of financial years covered.</summary>
    public int Years => LastYear.StartYear - FirstYear.StartYear + 1;

    /// <summary>Every problem with these options (empty when they are usable).</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Practices is < 50 or > 20_000)
        {
            problems.Add($"Practices must be between 50 and 20,000 (found {Practices})");
        }

        if (FirstYear > LastYear)
        {
            problems.Add($"FirstYear {FirstYear} is after LastYear {LastYear}");
        }

        if (FirstYear < Earliest || LastYear > Latest)
        {
            problems.Add($"years must lie within {Earliest} to {Latest}, the years whose published layouts the sample writes (found {FirstYear} to {LastYear})");
        }

        return problems;
    }

    /// <summary>Throws when <see cref="Problems"/> finds any, listing all of them.</summary>
    /// <exception cref="ArgumentException">The options are not usable.</exception>
    public void Validate()
    {
        var problems = Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException("invalid sample options: " + string.Join("; ", problems));
        }
    }
}
