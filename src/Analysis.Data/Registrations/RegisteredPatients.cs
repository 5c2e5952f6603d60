using Analysis.Data.Codes;
using Analysis.Data.Periods;

namespace Analysis.Data.Registrations;

/// <summary>The number of patients registered at a practice on the first day of a month.</summary>
public sealed record RegisteredPatients
{
    /// <summary>The month of the extract (the count is as at its first day).</summary>
    public required Month Month { get; init; }

    /// <summary>The practice.</summary>
    public required OdsCode Practice { get; init; }

    /// <summary>Registered patients, all ages and sexes.</summary>
    public required int Patients { get; init; }

    /// <summary>The CCG or sub-ICB location code the file gives.</summary>
    public string? SubIcbCode { get; init; }

    /// <summary>The practice's postcode.</summary>
    public string? Postcode { get; init; }
}
