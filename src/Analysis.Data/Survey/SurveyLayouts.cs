using static Analysis.Data.Reading.LayoutTable;
using Analysis.Data.Reading;
using S = Analysis.Data.Survey.SurveyResult;

namespace Analysis.Data.Survey;

/// <summary>
/// Where the GP Patient Survey practice results file keeps each field. The questionnaire was redesigned in
/// 2024: until 2023 columns are named after legacy question numbers (<c>Q28_12pct</c>), from 2024 after the
/// question's topic (<c>overallexp.pcteval</c>).
/// </summary>
/// <remarks>
/// No practice file is shared (each is about 1,100 columns and tens of MB), so the column lists come from
/// public code and published variable lists that name them:
/// <list type="bullet">
/// <item>2018-2023: <c>Practice_Code</c>, <c>Practice_Name</c>, <c>Q28_12pct</c>, <c>Q18_12pct</c> are selected from
/// every <c>GPPS_{2018..2023}_Practice_data_(weighted)_(csv)_PUBLIC.csv</c> by a public R script whose repository the
/// code search does not name (its index id 67289041135; it also shows 2017 and earlier spelling <c>Practice_code</c>
/// and -97 for suppressed cells); <c>Q3_12pct</c> (ease of getting through on the
/// phone), <c>Q9_12pct</c>, <c>ICS_Code</c>, <c>ICS_Name</c>, <c>CCG_Code</c>, <c>CCG_Name</c> from
/// HealthEquityEvidenceCentre/HEEC @ 75666ddda7bdf5de19501a8790753eb364b0f999 : data/satisfaction/README.md;
/// <c>distributed, received, resprate, q18_12, q18base, q18_12pct, q28base, q28_12, q28_12pct</c> with their labels
/// ("Overall experience of GP practice - Total responses", "% Summary result - Good") from
/// bristolpeteredwards/Patient-satisfaction-GP-list-size-2021 @ 0ff45b1c018edda963a127345013e3145fa28afc :
/// bjgp_letter_final_do2.do (Stata lower-cases names; header matching ignores case); <c>Q3_1234base</c> (the base
/// excluding "haven't tried" that Q3_12pct is computed on) from an NHS England SQL extract of these fields (an
/// unnamed repository, index id 32910297082); <c>Q90_12pct</c> from HFAnalyticsLab/health_equity_payment_evaluation @
/// f8ac480adde41f3a6673e3f242ad1b77017b1e1d : data_extraction/4_extract_GPPS.R. The order within a question
/// (<c>_12, base, _12pct</c>) follows the Stata list; the relative order of the geography columns is not known. Percentages are 0-1 fractions (every script multiplies them by 100) and -97 marks suppression.</item>
/// <item>2024 onwards: column order and suffixes (<c>_N.count, .counteval, .basefulluw, .baseevaluw, .basefullw,
/// .baseevalw, _N.pct, .pcteval, .lowileval, .hiwileval</c>) from pelld/population-health-system-explorer @
/// 72b01c5682f8774c785c9531a75341d08ab720c7 : public-data/gpps-2025-variable-inspection.json (a profile of the 2025
/// practice, ICS and national CSVs, 6,215 practice rows) and @ f33ff526f3efe273407de06a49d3e788613cc017 :
/// public-data/gpps-2025-selected-profile.json (first 15 practice columns, starting <c>ad_practicecode,
/// ad_practicename, ad_icscode, ad_icsname, ad_icscodeons, ad_commissioningregioncode, ad_commissioningregionname,
/// ad_pcncode, ad_pcnname, distributed, received, resprate</c>). Its copy of the 2025 "List of reporting variables"
/// labels <c>.baseevaluw</c> "Total unweighted responses - Excluding I haven't tried" and documents the
/// suppression codes: -97 suppressed, -98 a percentage between 0 and 0.5%, -99 no confidence interval.
/// <c>overallexp.pcteval</c> and <c>overallexp.baseevalw</c> are read from the 2024 and 2025 files by several public
/// scripts (unnamed repositories, index ids 62242186872, 62015420910, 67661227994).</item>
/// </list>
/// Satisfaction with appointment times is not mapped: the 2024 questionnaire dropped the question, and no public
/// source found names its column in the 2018-2023 files, so guessing one would misread the file.
/// </remarks>
internal static class SurveyLayouts
{
    public const string Before2024 = "2018-2023";
    public const string From2024 = "2024+";

    public static LayoutTable Table { get; } = new(
        DatasetKind.PatientSurvey,
        [Before2024, From2024],
        Column(nameof(S.Practice), "Practice_Code", "ad_practicecode"),
        Column(nameof(S.OverallGoodPercent), "Q28_12pct", "overallexp.pcteval"),
        Column(nameof(S.PhoneEasyPercent), "Q3_12pct", "localgpservicesphone.pcteval"),

        // A base spelt otherwise must not stop the percentages being read, so bases are optional.
        Optional(nameof(S.OverallBase), "Q28base", "overallexp.baseevaluw"),
        Optional(nameof(S.PhoneBase), "Q3_1234base", "localgpservicesphone.baseevaluw"));
}
