namespace Analysis.Data.Reading;

/// <summary>The stable codes of the problems a reader can find in a row.</summary>
public enum IssueCode
{
    /// <summary>A required cell held a missing-value token or nothing.</summary>
    MissingValue,

    /// <summary>A cell was expected to hold a number.</summary>
    NotANumber,

    /// <summary>A cell was expected to hold a whole number.</summary>
    NotAWholeNumber,

    /// <summary>A cell was expected to hold a date.</summary>
    NotADate,

    /// <summary>A cell was expected to hold a GP practice code.</summary>
    NotAPracticeCode,

    /// <summary>A cell held a value outside the publication's vocabulary or range.</summary>
    UnexpectedValue,

    /// <summary>A row had a different number of fields from the header.</summary>
    WrongFieldCount,

    /// <summary>A number parsed but lies outside what is plausible for the field (see <see cref="Plausibility"/>).</summary>
    OutOfRange,

    /// <summary>A row repeats the key of an earlier row in the same file (for example the same practice twice).</summary>
    Duplicate,

    /// <summary>A quoted cell runs on over the lines of what look like further rows: a quote was never closed.</summary>
    UnclosedQuote,
}
