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

    // The 2024-25 registers, each a slot of its practice's key, so repeats are caught with one entry per practice
    // rather than one string key per row (building those keys was a fifth of reading a 130,000-row file). Older or
    // newer registers are still checked, through the slower key below.
    private static readonly string[] KnownRegisters =
    [
        "AF", "AST", "CAN", "CHD", "CKD", "COPD", "DEM", "DEP", "DM", "EP", "HF", "HYP", "LD", "MH", "NDH", "OB", "OST",
        "PAD", "PC", "RA", "STIA",
    ];

    private const string KnownOwner = "practice";

    private static readonly Dictionary<string, int> RegisterSlots =
        KnownRegisters.Select((register, slot) => (register, slot)).ToDictionary(p => p.register, p => p.slot, StringComparer.Ordinal);

    protected override UniqueRows<QofPrevalence> Uniqueness { get; } =
        new(nameof(P.Practice), "one row per practice and register", KeyOf, p => $"practice {p.Practice} register {p.Register}");

    protected override QofPrevalence? Map(RowView row) => new()
    {
        Year = row.Year,
        Practice = row.RequiredPractice(nameof(P.Practice)),
        Register = row.RequiredText(nameof(P.Register)).ToUpperInvariant(),
        RegisterCount = row.Count(nameof(P.RegisterCount), row.RequiredInt(nameof(P.RegisterCount))) ?? 0,
        ListType = row.RequiredText(nameof(P.ListType)).ToUpperInvariant(),
        ListSize = row.Count(nameof(P.ListSize), row.RequiredInt(nameof(P.ListSize))) ?? 0,
    };

    // A known register is a slot of its practice, which is the key's scope (a number, so no string is built per row);
    // a register outside the known ones gets an owner of its own (the practice and register), which cannot equal the
    // known registers' shared owner.
    internal static RowKey KeyOf(QofPrevalence p) =>
        RegisterSlots.TryGetValue(p.Register, out var slot) ? new RowKey(KnownOwner, slot, p.Practice.Packed) : new RowKey($"{p.Practice}|{p.Register}");
}
