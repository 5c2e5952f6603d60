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

    /// <summary>
    /// The period a file covers when neither its header nor its rows say, in the publication's own terms:
    /// a census month (<c>2024-09</c>) for the GP workforce practice files, a financial year (<c>2024-25</c>)
    /// for QOF files from 2021-22 and the prevalence CSV, a survey year (<c>2024</c>) for the GP Patient
    /// Survey. It is never guessed from the file name: reading such a file without it stops with an error
    /// saying what to give. For a file whose header names its year, a period given here must agree.
    /// Data folders record it per file in their manifest (see <see cref="Catalogue.FetchManifest"/>).
    /// </summary>
    public string? Period { get; init; }

    /// <summary>How many row issues the report keeps in full (all are counted). Default 200.</summary>
    public int MaxIssuesKept { get; init; } = 200;

    // Inspection discards the records, so a file whose period nobody gave can still be counted and checked.
    internal bool PeriodMayBeUnknown { get; init; }
}
