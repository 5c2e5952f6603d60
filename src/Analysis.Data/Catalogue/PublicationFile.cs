namespace Analysis.Data.Catalogue;

/// <summary>
/// One name a publication's file is published under, with the publisher's own address for it where there is a
/// stable one. Both may hold period tokens such as <c>{fy-short}</c>.
/// </summary>
/// <param name="Name">The file name template.</param>
/// <param name="Url">The publisher's address template, or null when files sit under per-release folders.</param>
public sealed record PublicationFile(string Name, string? Url = null);
