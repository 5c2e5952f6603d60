namespace Analysis.Data.Reading;

/// <summary>Every publication the toolkit reads; identification tries each one's layouts.</summary>
internal static class DatasetRegistry
{
    public static IReadOnlyList<IDataset> All { get; } =
    [
        new Payments.PaymentsDataset(),
        new Workforce.WorkforceDetailedDataset(),
        new Workforce.WorkforceHighLevelDataset(),
        new Workforce.WorkforceAnnualDataset(),
        new PcnWorkforce.PcnWorkforceDataset(),
        new Survey.SurveyDataset(),
        new Registrations.RegisteredPatientsDataset(),
        new Registrations.PracticeMapDataset(),
        new Registrations.QuinaryAgeDataset(),
        new Deprivation.PracticeDeprivationDataset(),
        new Deprivation.LsoaDeprivationDataset(),
        new Ods.OdsOrganisationDataset(),
        new Qof.QofAchievementDataset(),
        new Qof.QofPrevalenceDataset(),
    ];

    public static IDataset For(Type recordType) =>
        All.FirstOrDefault(d => d.RecordType == recordType)
        ?? throw new ArgumentException($"no publication is read into {recordType.Name}", nameof(recordType));
}
