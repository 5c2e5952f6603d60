using Analysis.Data.Codes;
using Analysis.Data.Geography;
using Analysis.Data.Periods;

namespace Analysis.Data.Workforce;

/// <summary>
/// A practice's staff at one census date (or, from the annual derived panel, its mean over a financial
/// year): GPs by type, nurses, direct patient care and admin staff, as full-time equivalents (37.5 hours
/// a week) and headcounts. A field is null where the publication does not give it.
/// </summary>
public sealed record WorkforceSnapshot
{
    /// <summary>The practice.</summary>
    public required OdsCode Practice { get; init; }

    /// <summary>The census month (for an annual mean, the financial year's last month).</summary>
    public required Month Census { get; init; }

    /// <summary>Set when the figures are the practice's mean over this financial year's censuses.</summary>
    public FinancialYear? MeanOverYear { get; init; }

    /// <summary>The practice's name, where given.</summary>
    public string? Name { get; init; }

    /// <summary>The practice's areas as the workforce file gives them.</summary>
    public PracticeGeography? Geography { get; init; }

    /// <summary>Registered patients the file gives (decimal for annual means).</summary>
    public decimal? RegisteredPatients { get; init; }

    /// <summary>All GPs, including trainees and locums (FTE).</summary>
    public decimal? AllGpFte { get; init; }

    /// <summary>All GPs, including trainees and locums (headcount).</summary>
    public int? AllGpHeadcount { get; init; }

    /// <summary>Fully qualified GPs, excluding GPs in training grades and locums (FTE): the usual supply measure.</summary>
    public decimal? QualifiedGpFte { get; init; }

    /// <summary>Fully qualified GPs, excluding trainees and locums (headcount).</summary>
    public int? QualifiedGpHeadcount { get; init; }

    /// <summary>GPs in training grades (FTE).</summary>
    public decimal? TraineeGpFte { get; init; }

    /// <summary>Locum GPs (FTE).</summary>
    public decimal? LocumGpFte { get; init; }

    /// <summary>GPs in training grades and locums together (FTE), where only the sum is known.</summary>
    public decimal? TraineeAndLocumGpFte { get; init; }

    /// <summary>Fully qualified GPs aged 55 or over (headcount): those nearest retirement.</summary>
    public int? GpsAged55PlusHeadcount { get; init; }

    /// <summary>Nurses (FTE).</summary>
    public decimal? NurseFte { get; init; }

    /// <summary>Direct patient care staff (FTE): pharmacists, physician associates, HCAs and others.</summary>
    public decimal? DirectPatientCareFte { get; init; }

    /// <summary>Pharmacists among direct patient care staff (FTE), where given.</summary>
    public decimal? PharmacistFte { get; init; }

    /// <summary>Physician associates among direct patient care staff (FTE), where given.</summary>
    public decimal? PhysicianAssociateFte { get; init; }

    /// <summary>Admin and non-clinical staff (FTE).</summary>
    public decimal? AdminFte { get; init; }

    /// <summary>True when any staff group's figures are NHS England estimates rather than practice returns.</summary>
    public bool IsEstimated { get; init; }
}
