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

    /// <summary>Registered patients: the last known figure to 2018-19, the year's average from 2019-20.</summary>
    public decimal? RegisteredPatients { get; init; }

    /// <summary>Carr-Hill weighted patients, on the same basis as <see cref="RegisteredPatients"/>.</summary>
    public decimal? WeightedPatients { get; init; }

    /// <summary>Global Sum payments (£).</summary>
    public decimal? GlobalSum { get; init; }

    /// <summary>Total QOF payments (£).</summary>
    public decimal? QofPayments { get; init; }

    /// <summary>Total NHS payments to the practice before deductions (£).</summary>
    public decimal? TotalPayments { get; init; }

    /// <summary>Total NHS payments after deductions for pensions, levies and prescription charges (£).</summary>
    public decimal? TotalPaymentsMinusDeductions { get; init; }
}
