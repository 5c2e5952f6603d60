namespace Analysis.Data.Ods;

/// <summary>An ODS organisation's status code.</summary>
public enum OrganisationStatus
{
    /// <summary>A: active.</summary>
    Active,

    /// <summary>C: closed.</summary>
    Closed,

    /// <summary>D: dormant.</summary>
    Dormant,

    /// <summary>P: proposed.</summary>
    Proposed,
}
