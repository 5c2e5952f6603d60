namespace Analysis.Data.Sample.Calibration;

/// <summary>
/// Practice-years (see <see cref="CalibrationRow"/>) plus the two England-level figures the files state
/// directly: the Fingertips England deprivation score and England's registered age structure.
/// </summary>
internal sealed class CalibrationFrame(IReadOnlyList<CalibrationRow> rows, double? englandImd, double? englandShare65, double? englandFemaleShare)
{
    public IReadOnlyList<CalibrationRow> Rows { get; } = rows;

    public double? EnglandImd { get; } = englandImd;

    public double? EnglandShare65 { get; } = englandShare65;

    public double? EnglandFemaleShare { get; } = englandFemaleShare;

    public IEnumerable<CalibrationRow> InYear(int startYear) => Rows.Where(r => r.Year == startYear);

    /// <summary>The latest year in which any row has the field (real files and the sample end in different years).</summary>
    public int LatestWith(Func<CalibrationRow, bool> has) => Rows.Where(has).Max(r => r.Year);
}
