using Analysis.Data.Reading;
using L = Analysis.Data.Qof.QofPrevalenceLayouts;
using P = Analysis.Data.Qof.QofPrevalence;

namespace Analysis.Data.Qof;

/// <summary>Reads the QOF raw prevalence CSV into <see cref="QofPrevalence"/>, one record per practice and register.</summary>
/// <remarks>
/// The file does not say which year it covers (see <see cref="QofPrevalenceLayouts"/>), so it is read with
/// <see cref="ReaderOptions.Period"/>; without it reading stops with an error rather than guess, say from the
/// file name. Register counts are written as floats (<c>113.0</c>) and read as whole numbers.
/// </remarks>
internal sealed class QofPrevalenceDataset : Dataset<QofPrevalence>
{
    public override DatasetKind Kind => DatasetKind.QofPrevalence;

    public override LayoutTable Layouts => L.Table;

    protected override UniqueRows<QofPrevalence> Uniqueness { get; } =
        new(nameof(P.Practice), "one row per practice and register", p => new RowKey($"{p.Practice}|{p.Register}"), p => $"practice {p.Practice} register {p.Register}");

    protected override QofPrevalence? Map(RowView row) => new()
    {
        Year = row.Year,
        Practice = row.RequiredPractice(nameof(P.Practice)),
        Register = row.RequiredText(nameof(P.Register)).ToUpperInvariant(),
        RegisterCount = row.Count(nameof(P.RegisterCount), row.RequiredInt(nameof(P.RegisterCount))) ?? 0,
        ListType = row.RequiredText(nameof(P.ListType)).ToUpperInvariant(),
        ListSize = row.Count(nameof(P.ListSize), row.RequiredInt(nameof(P.ListSize))) ?? 0,
    };
}
