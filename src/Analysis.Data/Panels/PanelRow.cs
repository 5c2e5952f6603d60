using Analysis.Data.Codes;
using Analysis.Data.Deprivation;
using Analysis.Data.Geography;
using Analysis.Data.Payments;
using Analysis.Data.Periods;
using Analysis.Data.Qof;
using Analysis.Data.Registrations;
using Analysis.Data.Survey;
using Analysis.Data.Workforce;

namespace Analysis.Data.Panels;

/// <summary>
/// One practice in one month, with every dataset's record in force that month (null where the
/// dataset has nothing for the practice then; the panel's coverage report says why).
/// </summary>
public sealed record PanelRow
{
    /// <summary>The practice.</summary>
    public required OdsCode Practice { get; init; }

    /// <summary>The month.</summary>
    public required Month Month { get; init; }

    /// <summary>The practice's name, from the most authoritative source that gives one.</summary>
    public string? Name { get; init; }

    /// <summary>The practice's PCN, sub-ICB, ICB and region as of this month.</summary>
    public required PracticeGeography Geography { get; init; }

    /// <summary>The payments row for this month's financial year.</summary>
    public PracticePayments? Payments { get; init; }

    /// <summary>The workforce census in force (the latest within the last 12 months, or the year's mean).</summary>
    public WorkforceSnapshot? Workforce { get; init; }

    /// <summary>The registered-patient count in force (the latest extract within the last 3 months).</summary>
    public RegisteredPatients? Registration { get; init; }

    /// <summary>QOF achievement for this month's financial year.</summary>
    public QofAchievement? Qof { get; init; }

    /// <summary>QOF disease registers for this month's financial year, by register code (such as <c>DM</c>).</summary>
    public IReadOnlyDictionary<string, QofPrevalence>? Prevalence { get; init; }

    /// <summary>The GP Patient Survey wave whose results stand for this month.</summary>
    public SurveyResult? Survey { get; init; }

    /// <summary>The practice's deprivation score.</summary>
    public PracticeDeprivation? Deprivation { get; init; }

    /// <summary>National deprivation decile of the practice's score among all practices with one: 1 least deprived, 10 most.</summary>
    public int? DeprivationDecile { get; init; }

    /// <summary>Registered patients: the monthly count, else the workforce file's, else the payments file's.</summary>
    public decimal? RegisteredPatients =>
        Registration?.Patients ?? Workforce?.RegisteredPatients ?? Payments?.RegisteredPatients;

    /// <summary>Carr-Hill weighted patients (from NHS Payments for this financial year): the measure of need.</summary>
    public decimal? WeightedPatients => Payments?.WeightedPatients;

    /// <summary>National deprivation quintile: 1 least deprived, 5 most.</summary>
    public int? DeprivationQuintile => DeprivationDecile is { } d ? ((d - 1) / 2) + 1 : null;
}
