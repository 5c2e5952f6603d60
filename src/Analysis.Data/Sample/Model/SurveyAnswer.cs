namespace Analysis.Data.Sample.Model;

/// <summary>
/// One survey question at one practice: patients who answered (<see cref="FullBase"/>) and those whose
/// answer counts towards the headline (<see cref="EvalBase"/>, excluding "I haven't tried"), the weighted
/// share in each answer category (of the full base) and the weighted positive share (of the evaluated base).
/// </summary>
internal sealed record SurveyAnswer(string Stem, int FullBase, int EvalBase, double Weight, IReadOnlyList<double> Categories, double Positive);
