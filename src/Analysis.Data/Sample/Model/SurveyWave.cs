namespace Analysis.Data.Sample.Model;

/// <summary>
/// A practice's GP Patient Survey wave (published each July): questionnaires sent and returned, and for
/// each modelled question the weighted share answering positively out of those who answered it (the base).
/// </summary>
internal sealed record SurveyWave(int Year, int Distributed, int Received, IReadOnlyList<SurveyAnswer> Answers)
{
    public SurveyAnswer this[string stem] => Answers.Single(a => a.Stem == stem);
}
