namespace Analysis.Data.Reading;

/// <summary>Every publication the toolkit reads; identification tries each one's layouts.</summary>
internal static class DatasetRegistry
{
    public static IReadOnlyList<IDataset> All { get; } =
    [
        new Payments.PaymentsDataset(),
        new Qof.QofAchievementDataset(),
        new Qof.QofPrevalenceDataset(),
    ];

    public static IDataset For(Type recordType) =>
        All.FirstOrDefault(d => d.RecordType == recordType)
        ?? throw new ArgumentException($"no publication is read into {recordType.Name}", nameof(recordType));
}
