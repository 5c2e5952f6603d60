// Every practice counts once: the deprivation of the typical practice in an area. CTX02 weights by list size.
// The score is the practice's latest IMD vintage held (IMD 2019 in the shared files) and is constant over
// time in the panel.
Indicator("CTX01", "Mean practice deprivation score (IMD)")
    .Definition("The mean, over practices, of each practice's Index of Multiple Deprivation score as published by OHID " +
        "Fingertips (indicator 93553): the average IMD score of the LSOAs its registered patients live in, weighted by " +
        "where they live. Higher is more deprived.")
    .Rationale("Deprivation is the main axis along which GP supply is unequal (Health Foundation, 'Level or not?', 2020; " +
        "Asaria et al., BMJ Open 2016); the scorecard shows it beside every supply measure (METHODS.md section 12).")
    .Domain(Domain.Context)
    .Mean()
    .Unit("IMD score (mean of practices)")
    .Numerator(p => p.Deprivation.Score)
    .Uses(Dataset.Deprivation)
    .NoJudgement();
