using Analysis.Data.Panels;

namespace Analysis.Interactive;

/// <summary>One panel row flattened for a Deedle frame: geography as codes, the workforce and list measures analysts use most, as numbers.</summary>
internal sealed record PanelRecord(
    string Practice,
    string? Name,
    DateTime Month,
    string? Pcn,
    string? SubIcb,
    string? Icb,
    string? IcbName,
    string? Region,
    double? RegisteredPatients,
    double? WeightedPatients,
    double? QualifiedGpFte,
    double? AllGpFte,
    double? TraineeGpFte,
    double? LocumGpFte,
    double? NurseFte,
    double? DirectPatientCareFte,
    double? PharmacistFte,
    double? PhysicianAssociateFte,
    double? AdminFte,
    int? QualifiedGpHeadcount,
    int? GpsAged55PlusHeadcount,
    double? ImdScore,
    int? DeprivationDecile)
{
    public static PanelRecord Of(PanelRow row) => new(
        row.Practice.Value,
        row.Name,
        row.Month.FirstDay.ToDateTime(TimeOnly.MinValue),
        row.Geography.Pcn?.Code,
        row.Geography.SubIcb?.Code,
        row.Geography.Icb?.Code,
        row.Geography.Icb?.Name,
        row.Geography.Region?.Code,
        (double?)row.RegisteredPatients,
        (double?)row.WeightedPatients,
        (double?)row.Workforce?.QualifiedGpFte,
        (double?)row.Workforce?.AllGpFte,
        (double?)row.Workforce?.TraineeGpFte,
        (double?)row.Workforce?.LocumGpFte,
        (double?)row.Workforce?.NurseFte,
        (double?)row.Workforce?.DirectPatientCareFte,
        (double?)row.Workforce?.PharmacistFte,
        (double?)row.Workforce?.PhysicianAssociateFte,
        (double?)row.Workforce?.AdminFte,
        row.Workforce?.QualifiedGpHeadcount,
        row.Workforce?.GpsAged55PlusHeadcount,
        (double?)row.Deprivation?.Score,
        row.DeprivationDecile);
}
