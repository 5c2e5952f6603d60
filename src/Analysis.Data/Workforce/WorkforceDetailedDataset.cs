using Analysis.Data.Geography;
using Analysis.Data.Reading;
using L = Analysis.Data.Workforce.WorkforceDetailedLayouts;
using W = Analysis.Data.Workforce.WorkforceSnapshot;

namespace Analysis.Data.Workforce;

/// <summary>
/// Reads the General Practice Workforce wide practice-level CSV ("Practice Level - Detailed" from 2023),
/// any vintage from September 2015, into <see cref="WorkforceSnapshot"/>.
/// </summary>
/// <remarks>
/// The file has no census column, so the month comes from <see cref="ReaderOptions.Period"/>.
/// Trainee and locum FTE are the differences of published totals (all GPs less GPs excluding trainees;
/// all GPs less GPs excluding locums), which equal the sums of the training-grade and locum columns
/// whichever grades a vintage lists. A staff group whose data-source flag says no data was provided
/// has its figures set to null, because older files print 0 and newer ones <c>NA</c> for it.
/// In the files first published for 2015-2018 the closest match to fully qualified GPs is
/// <c>TOTAL_GP_EXRL_FTE</c>, excluding "registrars" and locums: registrars there are the GP registrars
/// the practice reported (ST3/4 and F1/2 columns), whereas from the 2022 re-publication "training grades"
/// are every grade (ST1-ST4, F1/2, other) taken from HEE's trainee system, and the whole series was
/// revised (estimates, ad-hoc locums removed), so the two measures differ for the same month.
/// </remarks>
internal sealed class WorkforceDetailedDataset : Dataset<WorkforceSnapshot>
{
    private const string SourceVocabulary =
        "a data source such as 'Fully provided', 'Includes FTE Estimates', 'No data provided' or 'Fully estimated - no data provided'";

    public override DatasetKind Kind => DatasetKind.WorkforceDetailed;

    public override LayoutTable Layouts => L.Table;

    protected override UniqueRows<WorkforceSnapshot> Uniqueness { get; } =
        new(nameof(W.Practice), "one row per practice", w => new RowKey($"{w.Practice}|{w.Census}"), w => $"practice {w.Practice}");

    protected override WorkforceSnapshot? Map(RowView row)
    {
        var practice = row.RequiredPractice(nameof(W.Practice));
        var gp = Source(row, L.GpSource);
        var nurses = Source(row, L.NurseSource);
        var dpc = Source(row, L.DpcSource);
        var admin = Source(row, L.AdminSource);

        var allFte = Fte(row, nameof(W.AllGpFte));
        var exclTrainees = Fte(row, L.GpExclTraineesFte);
        var exclLocums = Fte(row, L.GpExclLocumsFte);
        var qualified = Fte(row, nameof(W.QualifiedGpFte));
        var exrl = row.Vintage == L.Exrl;

        // Before 2019 trainees were "registrars": those the excluding-locums figure keeps and the
        // excluding-registrars-and-locums figure drops.
        var trainees = exrl ? exclLocums - qualified : allFte - exclTrainees;
        var aged55Plus = SumOfCounts(row, L.QualifiedAged55To59, L.QualifiedAged60To64, L.QualifiedAged65To69, L.QualifiedAged70Plus);
        var pharmacists = Fte(row, nameof(W.PharmacistFte));
        if (row.Has(L.AdvancedPharmacistFte))
        {
            pharmacists += Fte(row, L.AdvancedPharmacistFte);
        }

        var census = row.Census;
        return new W
        {
            Practice = practice,
            Census = census,
            Name = row.Text(nameof(W.Name)),
            Geography = row.GeographyOf(),
            RegisteredPatients = row.Decimal(nameof(W.RegisteredPatients)),
            AllGpFte = gp.NoData ? null : allFte,
            AllGpHeadcount = gp.NoData ? null : Headcount(row, nameof(W.AllGpHeadcount)),
            QualifiedGpFte = gp.NoData ? null : qualified,
            QualifiedGpHeadcount = gp.NoData ? null : Headcount(row, nameof(W.QualifiedGpHeadcount)),
            TraineeGpFte = gp.NoData ? null : trainees,
            LocumGpFte = gp.NoData ? null : allFte - exclLocums,
            GpsAged55PlusHeadcount = gp.NoData ? null : aged55Plus,
            NurseFte = nurses.NoData ? null : Fte(row, nameof(W.NurseFte)),
            DirectPatientCareFte = dpc.NoData ? null : Fte(row, nameof(W.DirectPatientCareFte)),
            PharmacistFte = dpc.NoData ? null : pharmacists,
            PhysicianAssociateFte = dpc.NoData ? null : Fte(row, nameof(W.PhysicianAssociateFte)),
            AdminFte = admin.NoData ? null : Fte(row, nameof(W.AdminFte)),
            IsEstimated = gp.Estimated || nurses.Estimated || dpc.Estimated || admin.Estimated || (exrl && MarkedEstimated(row)),
        };
    }

    /// <summary>A staff group's FTE at one practice, rejected beyond <see cref="Plausibility.MaxPracticeFte"/> or below 0.</summary>
    internal static decimal? Fte(RowView row, string field) =>
        row.Within(field, row.Decimal(field), 0m, Plausibility.MaxPracticeFte, "a practice's full-time equivalents (FTE)");

    private static int? Headcount(RowView row, string field) =>
        (int?)row.Within(field, row.Int(field), 0m, Plausibility.MaxPracticeHeadcount, "a practice's headcount");

    // "Fully provided" and "No data provided" are practice returns (or their absence); anything that
    // mentions an estimate ("Includes FTE Estimates", "Fully estimated - no data provided") is not.
    private static (bool Estimated, bool NoData) Source(RowView row, string field)
    {
        var text = row.Text(field);
        if (text is null)
        {
            return (false, false);
        }

        var estimated = text.Contains("estimate", StringComparison.OrdinalIgnoreCase);
        var noData = text.Contains("no data provided", StringComparison.OrdinalIgnoreCase);
        if (!estimated && !noData && !text.Equals("Fully provided", StringComparison.OrdinalIgnoreCase))
        {
            return row.Unexpected(field, SourceVocabulary, (false, false));
        }

        return (estimated, noData);
    }

    // The files of 2015-2018 have no source flags; an estimated figure is printed as the token EST.
    private static bool MarkedEstimated(RowView row) =>
        new[] { nameof(W.AllGpFte), nameof(W.QualifiedGpFte), nameof(W.NurseFte), nameof(W.DirectPatientCareFte), nameof(W.AdminFte) }
            .Any(f => string.Equals(row.Raw(f)?.Trim(), "EST", StringComparison.OrdinalIgnoreCase));

    private static int? SumOfCounts(RowView row, params string[] fields)
    {
        int? total = 0;
        foreach (var field in fields)
        {
            total += row.Int(field);
        }

        return total;
    }
}
