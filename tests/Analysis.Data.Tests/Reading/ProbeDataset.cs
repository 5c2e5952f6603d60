using Analysis.Data.Codes;
using Analysis.Data.Reading;

namespace Analysis.Data.Tests.Reading;

/// <summary>A record with one field of each kind the core parses.</summary>
internal sealed record ProbeRecord(OdsCode Practice, decimal? Amount, long Count, DateOnly? Opened, string? Note);

/// <summary>A two-vintage test publication that exercises the shared read loop without any real dataset.</summary>
internal sealed class ProbeDataset : Dataset<ProbeRecord>
{
    public override DatasetKind Kind => DatasetKind.PatientSurvey;

    public override LayoutTable Layouts { get; } = new(
        DatasetKind.PatientSurvey,
        ["old", "new"],
        LayoutTable.Column("Practice", "PRAC CODE", "Practice\ncode"),
        LayoutTable.Column("Amount", "AMOUNT_£", "Amount (£)"),
        LayoutTable.Column("Count", "COUNT", "Number of patients"),
        LayoutTable.Column("Opened", "OPENED"),
        LayoutTable.Optional("Note", "NOTE"));

    public static (List<ProbeRecord> Rows, ReadReport Report) ReadText(string text, ReaderOptions? options = null, string name = "probe.csv")
    {
        var path = Path.Combine(Path.GetTempPath(), $"probe-{Guid.NewGuid():N}-{name}");
        File.WriteAllText(path, text);
        try
        {
            return ReadFile(path, options);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static (List<ProbeRecord> Rows, ReadReport Report) ReadFile(string path, ReaderOptions? options = null)
    {
        var dataset = new ProbeDataset();
        var (source, match, _) = FileIdentifier.Open(path, [dataset]);
        using (source)
        {
            return dataset.Read(source, match, options ?? ReaderOptions.Default);
        }
    }

    protected override ProbeRecord? Map(RowView row)
    {
        if (row.Text("Practice") == "ENGLAND")
        {
            row.Skip("England summary row");
            return null;
        }

        return new ProbeRecord(row.RequiredPractice("Practice"), row.Decimal("Amount"), row.RequiredWhole("Count"), row.Date("Opened"), row.Text("Note"));
    }
}
