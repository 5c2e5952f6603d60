// All GP FTE minus fully qualified GP FTE is how the HEEC panel derives its trainee-and-locum column, so
// this indicator runs on the annual derived panel as well as on census files (where WF11 and WF12 split it).
Indicator("WF13", "Trainees' and locums' share of GP FTE")
    .Definition("Full-time equivalent GPs in training grades and locums (all GP FTE minus fully qualified GP FTE) as a " +
        "percentage of the FTE of all GPs working in the practice.")
    .Rationale("How much of an area's medical capacity is not permanent, fully qualified GPs (METHODS.md section 12): " +
        "the difference between WF04 and WF01, as a share.")
    .Domain(Domain.Workforce)
    .Proportion()
    .Unit("% of all GP FTE")
    .Numerator(p => p.Workforce.AllGpFte - p.Workforce.QualifiedGpFte)
    .Denominator(p => p.Workforce.AllGpFte)
    .Uses(Dataset.Workforce)
    // Trainees are good news and locums bad, so their sum carries no direction.
    .NoJudgement()
    .Exclude(p => p.Workforce.AllGpFte == 0, "no GP FTE recorded at all: almost always a missing workforce return, not a practice without doctors");
