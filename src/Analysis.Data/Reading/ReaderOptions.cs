using Analysis.Data.Periods;

namespace Analysis.Data.Reading;

/// <summary>How a publication file is read; the defaults suit every published vintage.</summary>
public sealed record ReaderOptions
{
    /// <summary>The spellings of "no value" seen across NHS publications, compared after trimming.</summary>
    public static IReadOnlySet<string> StandardMissingTokens { get; } =
        new HashSet<string>(["", "-", "N/A", ":", "NA", "EST", "NS", "ND", ".", "NULL"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The default options: lenient, standard missing-value tokens, 200 issues kept per file.</summary>
    public static ReaderOptions Default { get; } = new();

    /// <summary>Cell texts that mean "no value" (default <see cref="StandardMissingTokens"/>).</summary>
    public IReadOnlySet<string> MissingTokens { get; init; } = StandardMissingTokens;

    /// <summary>When true the first row that cannot be read stops the read with a <see cref="DataFormatException"/>;
    /// when false (the default) it is left out and counted, with its reason, in the report.</summary>
    public bool Strict { get; init; }

    /// <summary>The GP Patient Survey wave a survey file holds. The files do not state it, so reading one needs it;
    /// other publications ignore it.</summary>
    public Periods.SurveyYear? SurveyYear { get; init; }

    /// <summary>
    /// The year the file covers, for layouts whose header does not say (several years share it, as the QOF
    /// raw prevalence CSV does); reading such a file without it is an error. A file whose header names its
    /// year is checked against it.
    /// </summary>
    public FinancialYear? Year { get; init; }

    /// <summary>How many row issues the report keeps in full (all are counted). Default 200.</summary>
    public int MaxIssuesKept { get; init; } = 200;

    /// <summary>The census month of a file whose rows do not say it (the GP workforce practice-level
    /// "Detailed" and "High level" files); it is never guessed from the file name. Default none, in
    /// which case such a file's rows are rejected with an issue asking for it.</summary>
    public Month? Census { get; init; }

    // Inspection discards the records, so a file whose year nobody gave can still be counted and checked.
    internal bool YearMayBeUnknown { get; init; }
}
