namespace Analysis.Data.Sample.Model;

/// <summary>A practice's QOF year: points achieved out of those available, under that year's framework maximum.</summary>
internal sealed record QofResult(int ListSize, decimal PointsAchieved, int PointsAvailable, int Maximum)
{
    /// <summary>The framework maximum: 559 points to 2019-20, 635 from 2020-21 (the sample's assumption for
    /// 2020-21, whose table was not found; 2021-22 and later published 635).</summary>
    public static int MaximumIn(int startYear) => startYear <= 2019 ? 559 : 635;

    public double PercentOfMaximum => (double)PointsAchieved / Maximum * 100;

    public double PercentOfAvailable => (double)PointsAchieved / PointsAvailable * 100;
}
