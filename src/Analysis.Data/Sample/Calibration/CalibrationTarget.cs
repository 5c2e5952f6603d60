namespace Analysis.Data.Sample.Calibration;

/// <summary>
/// One statistic the sample is calibrated to: its value in the real published file, how close the sample
/// must come, where the value comes from and how it was computed. <see cref="Measure"/> computes it from a
/// <see cref="CalibrationFrame"/>, so the same code measures the real files and the sample.
/// </summary>
/// <param name="Id">A short stable identifier, such as <c>P01</c>.</param>
/// <param name="Statistic">What is measured, in words.</param>
/// <param name="Target">The value in the real data (or, without a shared file, the assumed value).</param>
/// <param name="Tolerance">How far the sample may be from <see cref="Target"/> (absolute).</param>
/// <param name="Source">The file under ../shared/data it comes from; null for an assumption with no shared file.</param>
/// <param name="Method">How the value is computed from the file.</param>
/// <param name="Measure">The computation.</param>
internal sealed record CalibrationTarget(string Id, string Statistic, double Target, double Tolerance, string? Source, string Method, Func<CalibrationFrame, double> Measure)
{
    public bool Met(double value) => Math.Abs(value - Target) <= Tolerance;
}
