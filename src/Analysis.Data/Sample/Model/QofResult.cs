namespace Analysis.Data.Sample.Model;

/// <summary>A practice's QOF year: points achieved out of those available (635 at most).</summary>
internal sealed record QofResult(int ListSize, decimal PointsAchieved, int PointsAvailable)
{
    public const int Maximum = 635;

    public double PercentOfMaximum => (double)PointsAchieved / Maximum * 100;

    public double PercentOfAvailable => (double)PointsAchieved / PointsAvailable * 100;
}
