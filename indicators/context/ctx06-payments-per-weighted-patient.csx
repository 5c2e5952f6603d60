// A ratio of sums, not the mean of the published per-practice averages. Payments include pass-through
// reimbursements (premises, and for dispensing practices drugs), hence the exclusions.
Indicator("CTX06", "NHS payments per weighted patient")
    .Definition("Total NHS payments to the practice before deductions (NHS Payments to General Practice) over its " +
        "Carr-Hill weighted patients for the financial year; an area's value is the ratio of its sums.")
    .Rationale("Funding per need-adjusted patient: the Health Foundation's 'Level or not?' (2020) found practices " +
        "serving the most deprived fifth receive about 7% less per need-adjusted patient (METHODS.md section 12).")
    .Domain(Domain.Context)
    .Ratio()
    .Unit("£ per weighted patient")
    .Numerator(p => p.Payments.TotalPayments)
    .Denominator(p => p.Payments.WeightedPatients)
    .Uses(Dataset.Payments)
    // Funding is context for supply, not an outcome: more is not better if it pays for premises or drugs.
    .NoJudgement()
    .Exclude(p => p.Payments.Dispensing == true, "dispensing practice: drug reimbursement inflates its payments")
    .Exclude(p => p.Payments.AtypicalCharacteristics != null && p.Payments.AtypicalCharacteristics.Contains("Part year"), "payments cover part of the year only")
    .Exclude(p => p.Payments.WeightedPatients == 0, "no weighted patients in the payments file");
