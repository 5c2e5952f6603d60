using System.Globalization;
using Analysis.Reports;

namespace Analysis.Cli.Report;

/// <summary>Progress for a log or a pipe: one plain line as each stage starts, none for every page.</summary>
internal sealed class ReportProgressLines(TextWriter output) : IProgress<ReportProgress>
{
    private readonly Lock _gate = new();
    private ReportStage? _stage;

    public void Report(ReportProgress value)
    {
        lock (_gate)
        {
            if (_stage == value.Stage)
            {
                return;
            }

            _stage = value.Stage;
            output.WriteLine(value.Stage switch
            {
                ReportStage.BuildingPanel => "Joining the datasets into the panel…",
                ReportStage.Computing => string.Create(CultureInfo.InvariantCulture, $"Computing the indicators ({value.Total} engine runs)…"),
                ReportStage.WritingAreas => string.Create(CultureInfo.InvariantCulture, $"Writing the index, methods and {value.Total:N0} area pages…"),
                ReportStage.WritingPractices => string.Create(CultureInfo.InvariantCulture, $"Writing {value.Total:N0} practice pages…"),
                _ => "Putting the site in place…",
            });
        }
    }
}
