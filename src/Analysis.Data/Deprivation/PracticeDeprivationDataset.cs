using System.Globalization;
using System.Text.RegularExpressions;
using Analysis.Data.Reading;
using L = Analysis.Data.Deprivation.PracticeDeprivationLayouts;

namespace Analysis.Data.Deprivation;

/// <summary>
/// Reads the practice rows of a Fingertips "Deprivation score (IMD yyyy)" export (indicator 93553 for
/// IMD 2019) into <see cref="PracticeDeprivation"/>. The export layout is shared by every Fingertips
/// indicator, so rows of other indicators, the England rows and rows for other area types are
/// skipped with a counted reason rather than read as deprivation.
/// </summary>
internal sealed partial class PracticeDeprivationDataset : Dataset<PracticeDeprivation>
{
    public override DatasetKind Kind => DatasetKind.PracticeDeprivation;

    public override LayoutTable Layouts => L.Table;

    protected override UniqueRows<PracticeDeprivation> Uniqueness { get; } =
        new(L.AreaCode, "one score per practice and IMD vintage", d => new RowKey($"{d.Practice}|{d.ImdYear}"), d => $"practice {d.Practice} (IMD {d.ImdYear})");

    protected override PracticeDeprivation? Map(RowView row)
    {
        var name = row.RequiredText(L.IndicatorName);
        if (!name.StartsWith("Deprivation score", StringComparison.OrdinalIgnoreCase))
        {
            row.Skip($"indicator {row.Text(L.IndicatorId)} '{name}' is not a deprivation score");
            return null;
        }

        var areaType = row.RequiredText(L.AreaType);
        if (areaType.Equals("England", StringComparison.OrdinalIgnoreCase))
        {
            row.Skip("England summary row");
            return null;
        }

        if (!areaType.Equals("GP", StringComparison.OrdinalIgnoreCase) && !areaType.Equals("GPs", StringComparison.OrdinalIgnoreCase))
        {
            row.Skip($"area type '{areaType}' is not a GP practice");
            return null;
        }

        var practice = row.RequiredPractice(L.AreaCode);
        var year = ImdYear(row, name);
        if (row.Decimal(L.Value) is not { } score)
        {
            row.Skip("no score published for the practice");
            return null;
        }

        return new PracticeDeprivation { Practice = practice, ImdYear = year, Score = score };
    }

    // The vintage is in the indicator's name ("Deprivation score (IMD 2019)"); the time period (2019)
    // says the same and is the fallback for a name that omits it. Never the file name.
    private static int ImdYear(RowView row, string name)
    {
        var inName = ImdInName().Match(name);
        if (inName.Success)
        {
            return int.Parse(inName.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        }

        var period = row.RequiredText(L.TimePeriod);
        return period.Length >= 4 && int.TryParse(period.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? year
            : row.Unexpected(L.TimePeriod, "a year such as 2019 (the IMD vintage)", 0);
    }

    [GeneratedRegex(@"\(IMD (\d{4})\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImdInName();
}
