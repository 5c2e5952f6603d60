using System.Globalization;
using System.Text;
using Analysis.Data.Codes;
using Analysis.Data.Periods;

namespace Analysis.Data.Catalogue;

/// <summary>
/// One edition of a publication, such as financial year <c>2022-23</c> or month <c>2024-09</c>, with the tokens
/// that turn the catalogue's name templates into that edition's file names and landing page.
/// </summary>
public sealed record CataloguePeriod
{
    private readonly IReadOnlyDictionary<string, string> _tokens;

    private CataloguePeriod(PeriodKind kind, string label, IReadOnlyDictionary<string, string> tokens)
    {
        Kind = kind;
        Label = label;
        _tokens = tokens;
    }

    /// <summary>The label of the single edition of a publication that has no periods.</summary>
    public const string Current = "current";

    /// <summary>How the publication names its editions.</summary>
    public PeriodKind Kind { get; }

    /// <summary>The edition as written on the command line and in the cache (<c>current</c> when there is only one).</summary>
    public string Label { get; }

    /// <summary>Reads <paramref name="text"/> as an edition of <paramref name="publication"/>; null or empty for one without editions.</summary>
    public static ParseResult<CataloguePeriod> Parse(Publication publication, string? text)
    {
        var given = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (publication.Period == PeriodKind.None)
        {
            return given is null
                ? ParseResult<CataloguePeriod>.Ok(new CataloguePeriod(PeriodKind.None, Current, new Dictionary<string, string>()))
                : ParseResult<CataloguePeriod>.Fail($"{publication.Kind} has a single current edition, so it takes no period (found '{given}')");
        }

        if (given is null)
        {
            return ParseResult<CataloguePeriod>.Fail($"{publication.Kind} is published by {Describe(publication.Period)}; give a period such as {Example(publication.Period)}");
        }

        return publication.Period switch
        {
            PeriodKind.FinancialYear => Map(FinancialYear.Parse(given), publication, FromFinancialYear),
            PeriodKind.Month => Map(Month.Parse(given), publication, FromMonth),
            _ => Map(SurveyYear.Parse(given), publication, FromSurveyYear),
        };
    }

    /// <summary>Fills a catalogue template's tokens (such as <c>{fy-short}</c>) with this edition's values.</summary>
    /// <exception cref="InvalidOperationException">The template names a token this kind of period does not have.</exception>
    public string Expand(string template)
    {
        var text = new StringBuilder(template.Length);
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf('{', at);
            if (open < 0)
            {
                text.Append(template, at, template.Length - at);
                break;
            }

            var close = template.IndexOf('}', open);
            var token = close < 0 ? template[open..] : template[(open + 1)..close];
            if (close < 0 || !_tokens.TryGetValue(token, out var value))
            {
                throw new InvalidOperationException($"catalogue template '{template}' uses '{{{token}}}', which a {Kind} period does not provide");
            }

            text.Append(template, at, open - at).Append(value);
            at = close + 1;
        }

        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Label;

    private static ParseResult<CataloguePeriod> Map<T>(ParseResult<T> parsed, Publication publication, Func<T, CataloguePeriod> make) =>
        parsed.TryGetValue(out var value)
            ? ParseResult<CataloguePeriod>.Ok(make(value))
            : ParseResult<CataloguePeriod>.Fail($"{publication.Kind} is published by {Describe(publication.Period)}: {parsed.Error}");

    private static CataloguePeriod FromFinancialYear(FinancialYear year) => new(PeriodKind.FinancialYear, year.ToString(), new Dictionary<string, string>
    {
        ["fy"] = year.ToString(),
        ["fy-short"] = Invariant($"{year.StartYear % 100:D2}-{year.EndYear % 100:D2}"),
        ["fy-compact"] = Invariant($"{year.StartYear % 100:D2}{year.EndYear % 100:D2}"),
    });

    private static CataloguePeriod FromMonth(Month month) => new(PeriodKind.Month, month.ToString(), new Dictionary<string, string>
    {
        ["yyyy"] = Invariant($"{month.Year:D4}"),
        ["MM"] = Invariant($"{month.Number:D2}"),
        ["MMyyyy"] = Invariant($"{month.Number:D2}{month.Year:D4}"),
        ["month"] = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month.Number).ToLowerInvariant(),
        ["last-day"] = Invariant($"{month.LastDay.Day}"),
    });

    private static CataloguePeriod FromSurveyYear(SurveyYear year) => new(PeriodKind.SurveyYear, year.ToString(), new Dictionary<string, string>
    {
        ["yyyy"] = year.ToString(),
    });

    private static string Describe(PeriodKind kind) => kind switch
    {
        PeriodKind.FinancialYear => "financial year",
        PeriodKind.Month => "month",
        _ => "survey year",
    };

    private static string Example(PeriodKind kind) => kind switch
    {
        PeriodKind.FinancialYear => "2022-23",
        PeriodKind.Month => "2024-09",
        _ => "2023",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
