// Both counts come from the same payments row (same financial year, same averaging), so the ratio is the
// Carr-Hill formula's own view of need relative to list size. Nationally it is 1 by construction: weighted
// lists are scaled to sum to registered lists (57.367 against 57.372 million in the shared 2015-16 file).
Indicator("CTX05", "Carr-Hill need index: weighted patients per registered patient")
    .Definition("Carr-Hill weighted patients over registered patients, both from NHS Payments to General Practice for " +
        "the financial year; an area's value is the ratio of its sums. Above 1 means more need per patient than average.")
    .Rationale("The weighting behind every 'per weighted patient' indicator (METHODS.md section 13): showing it makes " +
        "plain when a supply gap comes from the need adjustment rather than from staffing.")
    .Domain(Domain.Context)
    .Ratio()
    .Unit("weighted patients per registered patient")
    .Numerator(p => p.Payments.WeightedPatients)
    .Denominator(p => p.Payments.RegisteredPatients)
    .Uses(Dataset.Payments)
    .NoJudgement()
    .Exclude(p => p.Payments.RegisteredPatients == 0, "no registered patients in the payments file");
