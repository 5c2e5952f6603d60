using System.Globalization;
using Analysis.Data.Periods;
using Analysis.Data.Reading;
using L = Analysis.Data.Survey.SurveyLayouts;
using S = Analysis.Data.Survey.SurveyResult;

namespace Analysis.Data.Survey;

/// <summary>
/// Reads GP Patient Survey practice results, both questionnaires, into <see cref="SurveyResult"/>. Percentages are
/// published as 0-1 fractions and are returned as percents (0-100).
/// </summary>
internal sealed class SurveyDataset : Dataset<SurveyResult>
{
    private const string Expected = "a fraction from 0 to 1, or a suppression code (-97, -98, -99)";

    public override DatasetKind Kind => DatasetKind.PatientSurvey;

    public override LayoutTable Layouts => L.Table;

    protected override UniqueRows<SurveyResult> Uniqueness { get; } =
        new(nameof(S.Practice), "one row per practice", s => new RowKey(s.Practice.Value), s => $"practice {s.Practice}");

    protected override SurveyResult? Map(RowView row) => new()
    {
        Year = Year(row),
        Practice = row.RequiredPractice(nameof(S.Practice)),
        OverallGoodPercent = Percent(row, nameof(S.OverallGoodPercent)),
        OverallBase = Base(row, nameof(S.OverallBase)),
        PhoneEasyPercent = Percent(row, nameof(S.PhoneEasyPercent)),
        PhoneBase = Base(row, nameof(S.PhoneBase)),
    };

    // Neither questionnaire's file names its wave in any column, and file names are not evidence, so the
    // caller states it; a year the header contradicts is refused rather than silently mislabelled.
    private static SurveyYear Year(RowView row)
    {
        var year = row.Period("survey year", "2024", t => SurveyYear.Parse(t));
        if (!row.PeriodGiven)
        {
            return year;
        }

        var fits = row.Vintage == L.From2024 ? year.Year >= 2024 : year.Year <= 2023;
        if (!fits)
        {
            throw new DataFormatException(row.Path, string.Create(CultureInfo.InvariantCulture,
                $"survey year {year} was given, but the header is the {row.Vintage} questionnaire (redesigned in 2024)."),
                line: 1);
        }

        return year;
    }

    private static decimal? Percent(RowView row, string field)
    {
        if (IsSuppressed(row, field) || row.Decimal(field) is not { } fraction || IsSuppressionCode(fraction))
        {
            return null;
        }

        return fraction is >= 0m and <= 1m ? fraction * 100m : row.Unexpected<decimal?>(field, Expected, null);
    }

    // Unweighted bases are whole numbers; a weighted base (a float) is rounded to the patients it stands for.
    private static int? Base(RowView row, string field)
    {
        if (IsSuppressed(row, field) || row.Decimal(field) is not { } count || IsSuppressionCode(count))
        {
            return null;
        }

        return count is >= 0m and <= int.MaxValue
            ? (int)decimal.Round(count, MidpointRounding.AwayFromZero)
            : row.Unexpected<int?>(field, "a count of patients, or a suppression code (-97)", null);
    }

    // The survey's own codes (-97 suppressed, -98 under 0.5%, -99 no interval) and the '*' of its spreadsheets
    // belong to this publication only, so they are handled here rather than in the shared missing-value tokens.
    private static bool IsSuppressed(RowView row, string field) => row.Text(field) == "*";

    private static bool IsSuppressionCode(decimal value) => value is -97m or -98m or -99m;
}
