using Analysis.Data.Panels;

namespace Analysis.Reports;

/// <summary>The publications behind each panel dataset, as pages name them, and whether a row has its record.</summary>
internal static class DatasetNames
{
    public static string Of(PanelDataset dataset) => dataset switch
    {
        PanelDataset.Payments => "NHS Payments to General Practice",
        PanelDataset.Workforce => "General Practice Workforce",
        PanelDataset.Registrations => "Patients Registered at a GP Practice",
        PanelDataset.Qof => "QOF achievement",
        PanelDataset.Prevalence => "QOF disease registers",
        PanelDataset.Survey => "GP Patient Survey",
        PanelDataset.Deprivation => "practice deprivation scores",
        _ => "practice geography",
    };

    /// <summary>The name with a capital letter, to start a table cell.</summary>
    public static string Title(PanelDataset dataset) => Of(dataset) is var name && char.IsLower(name[0]) ? char.ToUpperInvariant(name[0]) + name[1..] : Of(dataset);

    public static bool Has(PanelRow row, PanelDataset dataset) => dataset switch
    {
        PanelDataset.Payments => row.Payments is not null,
        PanelDataset.Workforce => row.Workforce is not null,
        PanelDataset.Registrations => row.Registration is not null || row.RegisteredPatients is not null,
        PanelDataset.Qof => row.Qof is not null,
        PanelDataset.Prevalence => row.Prevalence is not null,
        PanelDataset.Survey => row.Survey is not null,
        PanelDataset.Deprivation => row.Deprivation is not null,
        _ => row.Geography.Icb is not null,
    };

    public static string Reason(MissingReason reason) => reason switch
    {
        MissingReason.NoPublicationForPeriod => "no file of the publication covers the month",
        MissingReason.RecentlyOpened => "the practice opened less than a year before",
        MissingReason.ClosingOrMerging => "the practice closes or merges within a year",
        _ => "the publication does not list the practice",
    };
}
