// The unpooled twin of GPPS01: every practice counts once whatever its number of responses, so it describes
// the typical practice rather than the typical respondent, and needs no reconstruction of counts.
Indicator("GPPS03", "Overall experience good: mean of practice percentages")
    .Definition("The mean, over practices, of each practice's weighted percentage of GP Patient Survey respondents who " +
        "described their overall experience of the practice as very or fairly good.")
    .Rationale("Practice scorecards compare practices with each other; a mean of practice results (with a t interval " +
        "over practices) does not let a few practices with many responses dominate an area. It is how the Health " +
        "Equity Evidence Centre summarises the survey (yearly mean and spread of practice percentages).")
    .Domain(Domain.Access)
    .Mean()
    .Unit("% good (mean of practices)")
    .Numerator(p => p.Survey.OverallGoodPercent)
    .Uses(Dataset.Survey)
    .HigherIsBetter()
    .Exclude(p => p.Survey.OverallBase < 10, "fewer than 10 responses: too few for a stable percentage");
