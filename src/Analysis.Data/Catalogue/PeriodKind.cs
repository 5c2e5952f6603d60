namespace Analysis.Data.Catalogue;

/// <summary>How a publication's editions are named, and so what <c>--period</c> takes.</summary>
public enum PeriodKind
{
    /// <summary>Only one edition is available; no period is given.</summary>
    None,

    /// <summary>An April-to-March financial year, such as <c>2022-23</c>.</summary>
    FinancialYear,

    /// <summary>A calendar month, such as <c>2024-09</c>.</summary>
    Month,

    /// <summary>A GP Patient Survey wave, by publication year, such as <c>2023</c>.</summary>
    SurveyYear,
}
