using Analysis.Data.Codes;
using Analysis.Data.Geography;
using Analysis.Data.Periods;

namespace Analysis.Data.Payments;

/// <summary>
/// One practice's row of NHS Payments to General Practice for one financial year: who it is, where,
/// its contract, its registered and Carr-Hill weighted patients, and the main payment lines (£).
/// </summary>
public sealed record PracticePayments
{
    /// <summary>The financial year the payments were made in.</summary>
    public required FinancialYear Year { get; init; }

    /// <summary>The practice.</summary>
    public required OdsCode Practice { get; init; }

    /// <summary>The practice's name as published (case varies by year).</summary>
    public required string Name { get; init; }

    /// <summary>The practice's postcode.</summary>
    public string? Postcode { get; init; }

    /// <summary>The NHS England commissioning region (Y-coded), where the file gives one.</summary>
    public Area? Region { get; init; }

    /// <summary>The NHS England local office (Q-coded) that older files give instead of a region.</summary>
    public Area? LocalOffice { get; init; }

    /// <summary>The sub-ICB location, or the CCG in files before July 2022.</summary>
    public Area? SubIcb { get; init; }

    /// <summary>The Primary Care Network, from 2019-20; null when the practice is in none.</summary>
    public Area? Pcn { get; init; }

    /// <summary>The date the practice opened, where known.</summary>
    public DateOnly? OpenDate { get; init; }

    /// <summary>The date the practice closed, if it has.</summary>
    public DateOnly? CloseDate { get; init; }

    /// <summary>The practice's contract.</summary>
    public ContractType Contract { get; init; }

    /// <summary>True when the practice dispenses medicines; null when unknown.</summary>
    public bool? Dispensing { get; init; }

    /// <summary>The practice type (such as "GP practice" or "Walk in centre"), from 2016-17.</summary>
    public string? PracticeType { get; init; }

    /// <summary>"Urban" or "Rural", from 2016-17.</summary>
    public string? Rurality { get; init; }

    /// <summary>The publication's flags for unusual rows, such as "| Part year of data |", from 2016-17.</summary>
    public string? AtypicalCharacteristics { get; init; }

    /// <summary>
    /// Registered patients as published: headed "last known figure" in 2015-16 to 2017-18, 2020-21 and 2021-22
    /// and "average" in 2018-19, 2019-20 and 2022-23; from 2018-19 the values are quarterly averages
    /// (4060.75) whatever the heading says.
    /// </summary>
    public decimal? RegisteredPatients { get; init; }

    /// <summary>Carr-Hill weighted patients, on the same basis as <see cref="RegisteredPatients"/>.</summary>
    public decimal? WeightedPatients { get; init; }

    /// <summary>Total payments per registered patient (£) as published; null where it shows N/A (no patients).</summary>
    public decimal? AveragePaymentPerRegisteredPatient { get; init; }

    /// <summary>Total payments per weighted patient (£) as published; null where it shows N/A (no patients).</summary>
    public decimal? AveragePaymentPerWeightedPatient { get; init; }

    /// <summary>Global Sum payments (£).</summary>
    public decimal? GlobalSum { get; init; }

    /// <summary>Minimum Practice Income Guarantee correction factor payments (£).</summary>
    public decimal? MpigCorrectionFactor { get; init; }

    /// <summary>Balance of PMS expenditure (£): what PMS practices receive in place of the Global Sum.</summary>
    public decimal? PmsBalance { get; init; }

    /// <summary>Total QOF payments (£).</summary>
    public decimal? QofPayments { get; init; }

    /// <summary>Premises payments (£).</summary>
    public decimal? PremisesPayments { get; init; }

    /// <summary>Appraisal costs, including appraiser costs in respect of locums (£).</summary>
    public decimal? AppraisalCosts { get; init; }

    /// <summary>General Practice Forward View funding (£) from 2016-17, named General Practice Transformation from 2021-22.</summary>
    public decimal? GpForwardView { get; init; }

    /// <summary>Other payments (£).</summary>
    public decimal? OtherPayments { get; init; }

    /// <summary>PCN workforce payments passed through the practice (£): published per practice in 2022-23 only.</summary>
    public decimal? PcnWorkforcePayments { get; init; }

    /// <summary>Total NHS payments to the practice before deductions (£).</summary>
    public decimal? TotalPayments { get; init; }

    /// <summary>Deductions for pensions, levies and prescription charge income (£), as a negative amount.</summary>
    public decimal? Deductions { get; init; }

    /// <summary>Total NHS payments after deductions for pensions, levies and prescription charges (£).</summary>
    public decimal? TotalPaymentsMinusDeductions { get; init; }
}
