namespace Analysis.Data.Panels;

/// <summary>The datasets a panel row joins, as named in its coverage report.</summary>
public enum PanelDataset
{
    /// <summary>NHS Payments to General Practice (registered and weighted patients).</summary>
    Payments,

    /// <summary>General Practice Workforce.</summary>
    Workforce,

    /// <summary>Patients Registered at a GP Practice.</summary>
    Registrations,

    /// <summary>QOF achievement.</summary>
    Qof,

    /// <summary>QOF disease registers.</summary>
    Prevalence,

    /// <summary>GP Patient Survey.</summary>
    Survey,

    /// <summary>Practice deprivation score.</summary>
    Deprivation,

    /// <summary>The practice's sub-ICB (and other tiers) from any dated source.</summary>
    Geography,
}
