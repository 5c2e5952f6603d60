// Pooled from base x weighted %, as GPPS01 explains; the base excludes "haven't tried". Same 2024 trend break.
Indicator("GPPS02", "Patients finding it easy to get through to the practice on the phone")
    .Definition("GP Patient Survey respondents who found it very or fairly easy to get through to their GP practice on " +
        "the phone, as a percentage of those who had tried: practice weighted percentage easy times the unweighted " +
        "number answering (excluding 'haven't tried'), summed over practices, over the summed responses.")
    .Rationale("Getting through on the phone is the first step of access and one of the survey's least positive " +
        "results; it is a national priority (NHS England, Delivery plan for recovering access to primary care, 2023) " +
        "and depends on reception staffing as well as clinicians (see WF08).")
    .Domain(Domain.Access)
    .Proportion()
    .Unit("% of respondents who tried")
    .Numerator(p => p.Survey.PhoneEasyPercent * p.Survey.PhoneBase / 100)
    .Denominator(p => p.Survey.PhoneBase)
    .Uses(Dataset.Survey)
    .HigherIsBetter()
    .Exclude(p => p.Survey.PhoneBase < 10, "fewer than 10 responses: too few for a stable percentage");
