using System.Globalization;

namespace Analysis.Cli.Bench;

/// <summary>
/// One measured figure, ours against the peer in <see cref="Unit"/> (milliseconds unless said: MB of memory, a count of
/// assemblies), or the reason it was skipped.
/// </summary>
internal sealed record Figure(string Name, double? Ours, double? Peer, string? Note = null, string Unit = Figure.Milliseconds)
{
    public const string Milliseconds = "ms";

    public const string Megabytes = "MB";

    public const string Assemblies = "assemblies";

    public static Figure Skipped(string name, string reason) => new(name, null, null, "skipped: " + reason);

    /// <summary>The line <c>analysis bench</c> prints: <c>name: ours X ms, peer Y ms, ratio X/Y</c>, any note in brackets after it.</summary>
    public override string ToString()
    {
        if (Ours is not { } ours || Peer is not { } peer)
        {
            return $"{Name}: {Note}";
        }

        var format = Unit == Assemblies ? "0" : "0.0";
        var line = string.Create(CultureInfo.InvariantCulture, $"{Name}: ours {ours.ToString(format, CultureInfo.InvariantCulture)} {Unit}, peer {peer.ToString(format, CultureInfo.InvariantCulture)} {Unit}, ratio {ours / peer:0.00}");
        return Note is null ? line : line + " [" + Note + "]";
    }
}
