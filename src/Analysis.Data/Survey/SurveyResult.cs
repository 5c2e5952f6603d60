using Analysis.Data.Codes;
using Analysis.Data.Periods;

namespace Analysis.Data.Survey;

/// <summary>
/// A practice's GP Patient Survey results for one wave: weighted percentages of positive answers and
/// the number of patients who answered each question (the base).
/// </summary>
public sealed record SurveyResult
{
    /// <summary>The survey wave, by publication year.</summary>
    public required SurveyYear Year { get; init; }

    /// <summary>The practice.</summary>
    public required OdsCode Practice { get; init; }

    /// <summary>Overall experience of the practice: % good (very or fairly good), weighted.</summary>
    public decimal? OverallGoodPercent { get; init; }

    /// <summary>Patients answering the overall experience question.</summary>
    public int? OverallBase { get; init; }

    /// <summary>Ease of getting through to the practice by phone: % easy (very or fairly easy), weighted.</summary>
    public decimal? PhoneEasyPercent { get; init; }

    /// <summary>Patients answering the phone question.</summary>
    public int? PhoneBase { get; init; }

    /// <summary>Satisfaction with appointment times available: % satisfied (very or fairly), weighted.</summary>
    public decimal? AppointmentTimesSatisfiedPercent { get; init; }

    /// <summary>Patients answering the appointment times question.</summary>
    public int? AppointmentTimesBase { get; init; }
}
