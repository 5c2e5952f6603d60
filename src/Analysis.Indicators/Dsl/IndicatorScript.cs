using System.Runtime.CompilerServices;
using Analysis.Data.Panels;

namespace Analysis.Indicators;

/// <summary>
/// What an indicator script sees: <c>Indicator(...)</c> and <c>Shortfall(...)</c> start a definition and
/// register it; nothing touches data while a script runs. <c>Target</c>, <c>Ci</c> and <c>Dataset</c> name
/// the choices the builders take.
/// </summary>
public class IndicatorScript
{
    private readonly List<IIndicatorBuilder> _registered = [];

    /// <summary>The builders the script started, in order.</summary>
    public IReadOnlyList<IIndicatorBuilder> Registered => _registered;

    /// <summary>Starts and registers a proportion, rate, ratio, mean or standardised-ratio indicator.</summary>
    public IndicatorBuilder Indicator(string id, string title, [CallerFilePath] string path = "", [CallerLineNumber] int line = 0) =>
        Register(Define.Indicator(id, title, path, line));

    /// <summary>Starts and registers a shortfall indicator.</summary>
    public ShortfallBuilder Shortfall(string id, string title, [CallerFilePath] string path = "", [CallerLineNumber] int line = 0) =>
        Register(Define.Shortfall(id, title, path, line));

    private T Register<T>(T builder)
        where T : IIndicatorBuilder
    {
        _registered.Add(builder);
        return builder;
    }

    /// <summary>The targets a shortfall can be measured against.</summary>
    public static class Target
    {
        /// <summary>Total supply over total need across England.</summary>
        public static ShortfallTarget EnglandRate => ShortfallTarget.EnglandRate;

        /// <summary>A stated rate, such as 6 per 10,000.</summary>
        public static ShortfallTarget Rate(double value, double per) => ShortfallTarget.FixedRate(value, per);

        /// <summary>A percentile (0–100) of practice rates.</summary>
        public static ShortfallTarget Percentile(double percentile) => ShortfallTarget.PercentileOfPractices(percentile);
    }

    /// <summary>The confidence interval methods.</summary>
    public static class Ci
    {
        /// <summary>Wilson score interval.</summary>
        public const CiMethod Wilson = CiMethod.Wilson;

        /// <summary>Byar's approximation to the Poisson interval.</summary>
        public const CiMethod Byar = CiMethod.Byar;

        /// <summary>Exact Poisson interval.</summary>
        public const CiMethod ExactPoisson = CiMethod.ExactPoisson;

        /// <summary>Student t interval.</summary>
        public const CiMethod T = CiMethod.T;

        /// <summary>No interval.</summary>
        public const CiMethod None = CiMethod.None;
    }

    /// <summary>The datasets an indicator can declare it uses.</summary>
    public static class Dataset
    {
        /// <summary>NHS Payments to General Practice (weighted patients).</summary>
        public const PanelDataset Payments = PanelDataset.Payments;

        /// <summary>General Practice Workforce.</summary>
        public const PanelDataset Workforce = PanelDataset.Workforce;

        /// <summary>Patients Registered at a GP Practice.</summary>
        public const PanelDataset Registrations = PanelDataset.Registrations;

        /// <summary>QOF achievement.</summary>
        public const PanelDataset Qof = PanelDataset.Qof;

        /// <summary>QOF disease registers.</summary>
        public const PanelDataset Prevalence = PanelDataset.Prevalence;

        /// <summary>GP Patient Survey.</summary>
        public const PanelDataset Survey = PanelDataset.Survey;

        /// <summary>Practice deprivation.</summary>
        public const PanelDataset Deprivation = PanelDataset.Deprivation;
    }
}
