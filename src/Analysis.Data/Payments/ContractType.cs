namespace Analysis.Data.Payments;

/// <summary>The contract a practice holds with the NHS.</summary>
public enum ContractType
{
    /// <summary>The publication says the contract is unknown, or gives none.</summary>
    Unknown,

    /// <summary>General Medical Services, the national contract.</summary>
    Gms,

    /// <summary>Personal Medical Services, a locally agreed contract.</summary>
    Pms,

    /// <summary>Alternative Provider Medical Services, often time-limited and held by companies.</summary>
    Apms,
}
