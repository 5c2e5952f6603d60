using Analysis.Data.Codes;

namespace Analysis.Data.Ods;

/// <summary>
/// One prescribing organisation from ODS <c>epraccur</c>: GP practices (prescribing setting 4) and
/// others (out-of-hours, walk-in centres, prisons, ...), with open and close dates and status.
/// </summary>
public sealed record OdsOrganisation
{
    /// <summary>The organisation code as published (not every code is a practice code).</summary>
    public required string Code { get; init; }

    /// <summary>The organisation's name.</summary>
    public required string Name { get; init; }

    /// <summary>The national grouping (region) code.</summary>
    public string? NationalGrouping { get; init; }

    /// <summary>The high-level health geography code.</summary>
    public string? HighLevelHealthGeography { get; init; }

    /// <summary>The postcode.</summary>
    public string? Postcode { get; init; }

    /// <summary>The date the organisation opened.</summary>
    public DateOnly? OpenDate { get; init; }

    /// <summary>The date it closed, if it has.</summary>
    public DateOnly? CloseDate { get; init; }

    /// <summary>Active, closed, dormant or proposed.</summary>
    public required OrganisationStatus Status { get; init; }

    /// <summary>The commissioner's code (a CCG or sub-ICB location).</summary>
    public string? Commissioner { get; init; }

    /// <summary>The prescribing setting; 4 is a GP practice.</summary>
    public required int PrescribingSetting { get; init; }

    /// <summary>True for GP practices.</summary>
    public bool IsGpPractice => PrescribingSetting == 4;

    /// <summary>The practice code, for GP practices whose code has the practice shape.</summary>
    public OdsCode? Practice => IsGpPractice && OdsCode.Parse(Code).TryGetValue(out var code) ? code : null;
}
