using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Analysis.Reports.Tests.Support;

/// <summary>Reads a built site the way a test needs it: its pages, their links, table rows, and a hash of every file.</summary>
public static partial class SiteFiles
{
    public static IReadOnlyList<string> Pages(string site) =>
        [.. Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    /// <summary>Every file's SHA-256 by its path relative to the site, '/'-separated.</summary>
    public static SortedDictionary<string, string> Hashes(string site)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories))
        {
            using var stream = File.OpenRead(file);
            hashes[Path.GetRelativePath(site, file).Replace('\\', '/')] = Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        return hashes;
    }

    /// <summary>The values of every href and src attribute in a page.</summary>
    public static IEnumerable<string> Links(string html) => LinkPattern().Matches(html).Select(m => m.Groups["url"].Value);

    /// <summary>The scorecard row of an indicator (the &lt;tr&gt; whose header links to its methods entry).</summary>
    public static string Row(string html, string indicatorId)
    {
        var marker = "methods.html#" + indicatorId + "\"";
        var at = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"no row for {indicatorId}");
        var start = html.LastIndexOf("<tr>", at, StringComparison.Ordinal);
        var end = html.IndexOf("</tr>", at, StringComparison.Ordinal);
        return html[start..(end + 5)];
    }

    /// <summary>Text without tags, for checking what a reader sees.</summary>
    public static string Text(string html) => System.Net.WebUtility.HtmlDecode(TagPattern().Replace(html, string.Empty));

    [GeneratedRegex("(?:href|src)=\"(?<url>[^\"]*)\"")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
