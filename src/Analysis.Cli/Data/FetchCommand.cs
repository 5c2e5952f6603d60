using System.CommandLine;
using System.Globalization;
using Analysis.Data.Catalogue;
using Analysis.Data.Reading;

namespace Analysis.Cli.Data;

/// <summary>
/// <c>analysis data fetch KIND [--period P] --to DIR [--source URL-BASE]</c>: downloads one edition of a publication
/// into a local cache folder, resuming an interrupted download and recording checksums in the cache's manifest.
/// </summary>
internal static class FetchCommand
{
    public static Command Create(CliContext context)
    {
        var kind = new Argument<string>("KIND") { Description = "The dataset kind, such as Payments or PatientSurvey." };
        var period = new Option<string?>("--period") { Description = "The edition: 2022-23 (financial year), 2024-09 (month) or 2023 (survey year)." };
        var to = new Option<string>("--to") { Description = "The cache folder the file is downloaded into.", Required = true };
        var source = new Option<string?>("--source") { Description = "A folder URL holding the files under their published names (a mirror); default: the publisher's own address where one is stable." };
        var command = new Command("fetch", "Download a publication's file for one period into a local cache, with checksums in the cache's manifest.")
        {
            kind, period, to, source,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            context,
            Settings(parse.GetRequiredValue(kind), parse.GetValue(period), parse.GetRequiredValue(to), parse.GetValue(source)),
            cancellationToken));
        return command;
    }

    private static FetchSettings Settings(string kindText, string? periodText, string to, string? sourceText)
    {
        var kind = Enum.GetNames<DatasetKind>().FirstOrDefault(n => n.Equals(kindText.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<DatasetKind>(name)
            : throw new UsageException($"unknown KIND '{kindText}'; expected one of {string.Join(", ", Enum.GetNames<DatasetKind>())}");
        var publication = DataCatalogue.For(kind);
        var period = CataloguePeriod.Parse(publication, periodText);
        if (!period.Success)
        {
            throw new UsageException($"--period: {period.Error}");
        }

        Uri? source = null;
        if (sourceText is not null && (!Uri.TryCreate(sourceText, UriKind.Absolute, out source) || source.Scheme is not ("http" or "https")))
        {
            throw new UsageException($"--source: expected an http or https folder URL, found '{sourceText}'");
        }

        return new FetchSettings(publication, period.Value, Path.GetFullPath(to), source);
    }

    private static async Task<int> RunAsync(CliContext context, FetchSettings settings, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        var fetcher = new PublicationFetcher(http, TimeProvider.System);
        try
        {
            var file = await fetcher.FetchAsync(settings.Publication, settings.Period, settings.CacheFolder, settings.Source, cancellationToken)
                .ConfigureAwait(false);
            Write(context.Out, settings, file);
            return (int)ExitCode.Ok;
        }
        catch (Exception e) when (e is FetchException or IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return (int)ExitCode.UsageOrInputError;
        }
    }

    private static void Write(TextWriter output, FetchSettings settings, FetchedFile file)
    {
        var what = file.Outcome switch
        {
            FetchOutcome.Downloaded => "downloaded",
            FetchOutcome.Resumed => "resumed and completed",
            _ => "already cached (checksum matches the manifest)",
        };
        output.WriteLine(Invariant($"{file.Kind} {file.Period}: {what}"));
        output.WriteLine(Invariant($"  file:    {file.Path}"));
        output.WriteLine(Invariant($"  bytes:   {file.Bytes}"));
        output.WriteLine(Invariant($"  sha256:  {file.Sha256}"));
        output.WriteLine(Invariant($"  from:    {file.Url}"));
        output.WriteLine(Invariant($"  page:    {settings.Period.Expand(settings.Publication.LandingPage)}"));
        output.WriteLine(Invariant($"  records: {Path.Combine(settings.CacheFolder, FetchManifest.FileName)}"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record FetchSettings(Publication Publication, CataloguePeriod Period, string CacheFolder, Uri? Source);
}
