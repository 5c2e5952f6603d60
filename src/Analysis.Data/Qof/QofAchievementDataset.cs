using System.Globalization;
using Analysis.Data.Geography;
using Analysis.Data.Reading;
using A = Analysis.Data.Qof.QofAchievement;
using L = Analysis.Data.Qof.QofAchievementLayouts;

namespace Analysis.Data.Qof;

/// <summary>Reads the QOF practice achievement table, any vintage, into <see cref="QofAchievement"/>.</summary>
/// <remarks>
/// Practices whose scores the publication withholds (':' in every score column, 11 rows in 2017-18) are read
/// with null scores, not dropped: they are practices, and their list sizes are real. A file from 2021-22 on
/// needs <see cref="ReaderOptions.Period"/> (see <see cref="QofAchievementLayouts"/>).
/// </remarks>
internal sealed class QofAchievementDataset : Dataset<QofAchievement>
{
    // QOF files mark a practice outside every PCN with the code U ("Unallocated").
    public override DatasetKind Kind => DatasetKind.QofAchievement;

    public override LayoutTable Layouts => L.Table;

    protected override UniqueRows<QofAchievement> Uniqueness { get; } =
        new(nameof(A.Practice), "one row per practice", a => new RowKey(a.Practice.Value), a => $"practice {a.Practice}");

    protected override QofAchievement? Map(RowView row)
    {
        return new QofAchievement
        {
            Year = row.Year,
            Practice = row.RequiredPractice(nameof(A.Practice)),
            Name = row.RequiredText(nameof(A.Name)),
            ListSize = row.Count(nameof(A.ListSize), row.Int(nameof(A.ListSize))),
            MaximumPoints = MaximumIn(row.HeaderOf(nameof(A.PointsAchieved))!),
            PointsAchieved = row.Decimal(nameof(A.PointsAchieved)),
            PercentOfMaximum = row.Decimal(nameof(A.PercentOfMaximum)),
            PointsAvailable = row.Decimal(nameof(A.PointsAvailable)),
            PercentOfAvailable = row.Decimal(nameof(A.PercentOfAvailable)),
            Region = row.AreaOf(AreaLevel.Region),
            LocalOffice = row.AreaOf(AreaLevel.Region, L.LocalOfficeCode, L.LocalOfficeName),
            SubIcb = row.AreaOf(AreaLevel.SubIcb),
            Pcn = row.AreaOf(AreaLevel.Pcn),
        };
    }

    /// <summary>The framework maximum written in the achievement header: 559 in "Achievement score (max. 559)".</summary>
    internal static int MaximumIn(string header)
    {
        var start = header.AsSpan().IndexOfAnyInRange('0', '9');
        if (start < 0)
        {
            throw new InvalidOperationException($"the QOF achievement header '{header}' names no maximum");
        }

        var digits = header.AsSpan(start);
        var end = digits.IndexOfAnyExceptInRange('0', '9');
        return int.Parse(end < 0 ? digits : digits[..end], NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
