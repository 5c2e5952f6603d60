namespace Analysis.Data.Reading;

/// <summary>
/// The bounds outside which a published figure is not believed: a row holding one is rejected with an
/// <see cref="IssueCode.OutOfRange"/> issue rather than read, because one keying or unit error (400 GP FTE at one
/// practice) would move an area's rate more than every honest practice in it.
/// </summary>
/// <remarks>
/// Each bound is set well beyond the largest value seen in the real files, so it only catches errors. From the
/// HEEC derived workforce panel (every practice, financial years 2015-16 to 2023-24, ../shared/data/PROVENANCE.md)
/// the largest staff-group FTE at one practice is 133.0 (administrative staff), the largest GP FTE 39.3 and the
/// largest list 110,185 patients; in the PCN workforce file (September 2022) the largest FTE on one row is 11.95
/// and the smallest -0.027 (a correction, which the publication prints and the reader keeps).
/// </remarks>
public static class Plausibility
{
    /// <summary>
    /// The most full-time equivalents of one staff group (or one role) at one practice: 300, more than twice the
    /// largest group ever published (133 administrative FTE); a practice has no negative staff.
    /// </summary>
    public const decimal MaxPracticeFte = 300m;

    /// <summary>The most people of one staff group (or one role) at one practice, as a headcount: 500, for the same reason.</summary>
    public const decimal MaxPracticeHeadcount = 500m;

    /// <summary>
    /// The most FTE on one row of the PCN workforce file (one person, or one contracted service, in one role): 50,
    /// four times the largest published (11.95).
    /// </summary>
    public const decimal MaxPcnRowFte = 50m;

    /// <summary>
    /// The most negative FTE on one PCN workforce row: -5. The publication prints small negative corrections
    /// (-0.027 in September 2022), which are kept; a large negative figure is an error.
    /// </summary>
    public const decimal MinPcnRowFte = -5m;
}
