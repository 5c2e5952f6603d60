namespace Analysis.Data.Workforce;

/// <summary>What a <see cref="WorkforceMeasure"/> counts: working time or people.</summary>
public enum WorkforceMeasureKind
{
    /// <summary>Full-time equivalent: contracted hours over 37.5 a week.</summary>
    Fte,

    /// <summary>Distinct people (a person in two roles counts once in the staff group's total).</summary>
    Headcount,
}
