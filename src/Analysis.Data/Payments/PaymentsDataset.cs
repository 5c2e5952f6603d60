using Analysis.Data.Geography;
using Analysis.Data.Reading;
using L = Analysis.Data.Payments.PaymentsLayouts;
using P = Analysis.Data.Payments.PracticePayments;

namespace Analysis.Data.Payments;

/// <summary>Reads NHS Payments to General Practice, any vintage, into <see cref="PracticePayments"/>.</summary>
internal sealed class PaymentsDataset : Dataset<PracticePayments>
{
    public override DatasetKind Kind => DatasetKind.Payments;

    public override LayoutTable Layouts => L.Table;

    protected override UniqueRows<PracticePayments> Uniqueness { get; } =
        new(nameof(P.Practice), "one row per practice", p => new RowKey(p.Practice.Value), p => $"practice {p.Practice}");

    protected override PracticePayments? Map(RowView row)
    {
        var region = row.AreaOf(AreaLevel.Region);
        return new PracticePayments
        {
            // Each vintage is one financial year, so the layout names the year.
            Year = row.Year,
            Practice = row.RequiredPractice(nameof(P.Practice)),
            Name = row.RequiredText(nameof(P.Name)),
            Postcode = row.Text(nameof(P.Postcode)),
            Region = region?.Code.StartsWith('Y') == true ? region : null,
            LocalOffice = region?.Code.StartsWith('Y') == false ? region with { Level = AreaLevel.Region } : null,
            SubIcb = row.AreaOf(AreaLevel.SubIcb),
            Pcn = row.AreaOf(AreaLevel.Pcn),
            OpenDate = row.Date(nameof(P.OpenDate)),
            CloseDate = row.Date(nameof(P.CloseDate)),
            Contract = Contract(row),
            Dispensing = YesNo(row, nameof(P.Dispensing)),
            PracticeType = row.Text(nameof(P.PracticeType)),
            Rurality = row.Text(nameof(P.Rurality)),
            AtypicalCharacteristics = row.Text(nameof(P.AtypicalCharacteristics)),
            RegisteredPatients = row.Decimal(nameof(P.RegisteredPatients)),
            WeightedPatients = row.Decimal(nameof(P.WeightedPatients)),
            AveragePaymentPerRegisteredPatient = row.Decimal(nameof(P.AveragePaymentPerRegisteredPatient)),
            AveragePaymentPerWeightedPatient = row.Decimal(nameof(P.AveragePaymentPerWeightedPatient)),
            GlobalSum = row.Decimal(nameof(P.GlobalSum)),
            MpigCorrectionFactor = row.Decimal(nameof(P.MpigCorrectionFactor)),
            PmsBalance = row.Decimal(nameof(P.PmsBalance)),
            QofPayments = row.Decimal(nameof(P.QofPayments)),
            PremisesPayments = row.Decimal(nameof(P.PremisesPayments)),
            AppraisalCosts = row.Decimal(nameof(P.AppraisalCosts)),
            GpForwardView = row.Decimal(nameof(P.GpForwardView)),
            OtherPayments = row.Decimal(nameof(P.OtherPayments)),
            PcnWorkforcePayments = row.Decimal(nameof(P.PcnWorkforcePayments)),
            TotalPayments = row.Decimal(nameof(P.TotalPayments)),
            Deductions = row.Decimal(nameof(P.Deductions)),
            TotalPaymentsMinusDeductions = row.Decimal(nameof(P.TotalPaymentsMinusDeductions)),
        };
    }


    private static ContractType Contract(RowView row) => row.Text(nameof(P.Contract))?.ToUpperInvariant() switch
    {
        null or "UNKNOWN" => ContractType.Unknown,
        "GMS" => ContractType.Gms,
        "PMS" => ContractType.Pms,
        "APMS" => ContractType.Apms,
        _ => row.Unexpected(nameof(P.Contract), "GMS, PMS, APMS or Unknown", ContractType.Unknown),
    };

    private static bool? YesNo(RowView row, string field) => row.Text(field)?.ToUpperInvariant() switch
    {
        null or "UNKNOWN" => null,
        "YES" or "Y" => true,
        "NO" or "N" => false,
        _ => row.Unexpected<bool?>(field, "Yes, No or Unknown", null),
    };
}
