using Analysis.Data.Codes;
using Analysis.Data.Payments;
using Analysis.Data.Sample.Reference;

namespace Analysis.Data.Sample.Model;

/// <summary>
/// One synthetic practice: who and where it is, its latent traits (standardised, see
/// <see cref="PracticeFactory"/>), its quarterly registered list and what each financial year holds.
/// </summary>
internal sealed class SyntheticPractice
{
    public required int Index { get; init; }

    /// <summary><c>X</c> and five digits: no English, Welsh or Northern Irish practice code starts with X.</summary>
    public required OdsCode Code { get; init; }

    public required string Name { get; init; }

    /// <summary>Four address lines (the last may be empty); invented, like the name.</summary>
    public required IReadOnlyList<string> Address { get; init; }

    /// <summary>An invented postcode in the non-existent <c>XX</c> area.</summary>
    public required string Postcode { get; init; }

    /// <summary>A number from Ofcom's range reserved for drama (01632 960000–960999).</summary>
    public required string Telephone { get; init; }

    public required SubIcbReference SubIcb { get; init; }

    public Pcn? Pcn { get; set; }

    public required bool Rural { get; init; }

    public required bool Dispensing { get; init; }

    public required ContractType Contract { get; init; }

    public required DateOnly OpenDate { get; init; }

    public DateOnly? CloseDate { get; set; }

    /// <summary>The practice that took on the list when this one merged into it (null for a dispersal).</summary>
    public SyntheticPractice? MergedInto { get; set; }

    /// <summary>IMD 2019 score of the practice population (Fingertips' practice deprivation score).</summary>
    public required double Imd { get; init; }

    /// <summary>Deprivation, standardised: (ln IMD − ln 21.3) / 0.54, England's practice median and spread.</summary>
    public required double DeprivationZ { get; init; }

    /// <summary>Share of registered patients aged 65 or over.</summary>
    public required double Share65 { get; init; }

    /// <summary>Age, standardised: the logit of <see cref="Share65"/> about England's, over its spread.</summary>
    public required double AgeZ { get; init; }

    /// <summary>List size at the start, standardised on the log scale.</summary>
    public required double SizeZ { get; init; }

    /// <summary>How well run the practice is, beyond what its circumstances explain (QOF, survey, staffing).</summary>
    public required double OrganisationZ { get; init; }

    /// <summary>The practice's persistent GP supply, beyond what deprivation and region explain.</summary>
    public required double SupplyZ { get; init; }

    /// <summary>How old its GPs are, beyond the practice's size and deprivation.</summary>
    public required double GpAgeZ { get; init; }

    /// <summary>True when the practice trains GP registrars.</summary>
    public required bool Training { get; init; }

    /// <summary>The practice's Carr-Hill weighted-to-registered ratio before the yearly national rescaling.</summary>
    public required double WeightedRatio { get; init; }

    /// <summary>Patient band shares, females then males (see <see cref="AgeProfile"/>).</summary>
    public required double[] AgeShares { get; init; }

    /// <summary>Registered patients at each quarterly extract (0 while not open).</summary>
    public int[] Lists { get; set; } = [];

    /// <summary>What each financial year of the sample holds (null where the practice was not open).</summary>
    public PracticeYear?[] Years { get; set; } = [];

    public bool IsOpenOn(DateOnly date) => OpenDate <= date && (CloseDate is null || CloseDate >= date);

    public override string ToString() => $"{Code} {Name}";
}
