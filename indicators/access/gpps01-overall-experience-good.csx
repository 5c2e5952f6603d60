// Pooled as a proportion: each practice's weighted % good times its unweighted base gives an effective number
// of "good" answers, and an area's value is their sum over the sum of bases - close to the survey's own area
// estimates, which pool respondents. The Wilson interval ignores the survey's design effect (weighting), so it
// is somewhat too narrow. GPPS03 gives the unpooled mean of practice percentages. The 2024 questionnaire
// redesign changed the question's wording and place, so 2024 and later waves do not trend with earlier ones.
// A wave stands for the twelve months from its July publication (fieldwork is January to April).
Indicator("GPPS01", "Patients describing their overall experience of the practice as good")
    .Definition("GP Patient Survey respondents who described their overall experience of their GP practice as very or " +
        "fairly good, as a percentage of those answering: practice weighted percentage good times the practice's " +
        "unweighted number of responses, summed over practices, over the summed responses.")
    .Rationale("The survey's headline measure of patient experience, published for every practice by NHS England " +
        "(Ipsos for NHS England); the Health Equity Evidence Centre collects it beside its workforce panel " +
        "to set patient experience against GP supply.")
    .Domain(Domain.Access)
    .Proportion()
    .Unit("% of respondents")
    .Numerator(p => p.Survey.OverallGoodPercent * p.Survey.OverallBase / 100)
    .Denominator(p => p.Survey.OverallBase)
    .Uses(Dataset.Survey)
    .HigherIsBetter()
    .Exclude(p => p.Survey.OverallBase < 10, "fewer than 10 responses: too few for a stable percentage");
